-- Business days a case spent waiting for the customer; a recalculation of its deadlines keeps them.
alter table complaint add column paused_business_days int not null default 0;

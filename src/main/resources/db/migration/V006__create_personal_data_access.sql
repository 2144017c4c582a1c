-- Who looked at which customer's personal data, when, and on which way in (DSGVO accountability).
create table personal_data_access (
    id bigint not null auto_increment primary key,
    customer_id bigint not null,
    viewed_by varchar(60) not null,
    viewed_at datetime(6) not null,
    purpose varchar(40) not null,
    constraint fk_personal_data_access_customer foreign key (customer_id) references customer (id),
    index ix_personal_data_access_customer (customer_id, viewed_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

package de.kundenstimme.presentation.customer;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.customer.boundary.ReviewQueue;
import de.kundenstimme.customer.control.Normalization;
import de.kundenstimme.customer.entity.ReviewPair;
import de.kundenstimme.customer.entity.SourceRecord;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The review queue page: each uncertain pair side by side, differences marked, merge or keep apart. */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Field> FIELDS = List.of(
            new Field("customer.field.source", r -> r.getSource().getName()),
            new Field("customer.field.sourceKey", SourceRecord::getSourceKey),
            new Field("customer.field.firstName", SourceRecord::getFirstName),
            new Field("customer.field.lastName", SourceRecord::getLastName),
            new Field("customer.field.company", SourceRecord::getCompany),
            new Field("customer.field.dateOfBirth", r -> r.getDateOfBirth() == null ? null : r.getDateOfBirth().toString()),
            new Field("customer.sources.field.STREET", SourceRecord::getStreet),
            new Field("customer.field.houseNumber", SourceRecord::getHouseNumber),
            new Field("customer.field.postalCode", SourceRecord::getPostalCode),
            new Field("customer.field.city", SourceRecord::getCity),
            new Field("customer.field.phones", SourceRecord::getPhones),
            new Field("customer.field.emails", SourceRecord::getEmails));

    @Inject
    ReviewQueue queue;

    @Inject
    FacesMessages messages;

    private final LazyDataModel<ReviewPair> pairs = new Pairs();
    private String lastName;

    public LazyDataModel<ReviewPair> getPairs() {
        return pairs;
    }

    /** The start of a last name that narrows the queue down (either record's); empty shows all. */
    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** Shows the first page of the pairs the last name narrows down to. */
    public void filter() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("review:pairs");
        table.setFirst(0);
    }

    /** The rows of the side-by-side table for one pair. */
    public List<Row> rows(ReviewPair pair) {
        return FIELDS.stream().map(field -> field.row(pair.getFirst(), pair.getSecond())).toList();
    }

    public void merge(long pairId) {
        decide(pairId, true);
    }

    public void keepApart(long pairId) {
        decide(pairId, false);
    }

    private void decide(long pairId, boolean merge) {
        try {
            if (merge) {
                queue.merge(pairId);
                messages.info("customer.review.merged");
            } else {
                queue.keepApart(pairId);
                messages.info("customer.review.keptApart");
            }
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
    }

    /** The open pairs, one page at a time, sorted in the database. */
    private class Pairs extends LazyDataModel<ReviewPair> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.openCount(lastName));
        }

        @Override
        public List<ReviewPair> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
                return queue.page(first, pageSize, ReviewQueue.ReviewOrder.SCORE, false, lastName);
            }
            ReviewQueue.ReviewOrder order = "foundAt".equals(sort.getField())
                    ? ReviewQueue.ReviewOrder.FOUND_AT : ReviewQueue.ReviewOrder.SCORE;
            return queue.page(first, pageSize, order, sort.getOrder() == SortOrder.ASCENDING, lastName);
        }

        @Override
        public String getRowKey(ReviewPair pair) {
            return String.valueOf(pair.getId());
        }
    }

    /** A field of both records; {@code differs} compares them as linking does (Str. = Straße, Müller = Mueller). */
    public record Row(String labelKey, String first, String second, boolean differs) {
    }

    private record Field(String labelKey, Function<SourceRecord, String> value) implements Serializable {

        Row row(SourceRecord first, SourceRecord second) {
            String a = value.apply(first);
            String b = value.apply(second);
            boolean differs = !labelKey.equals("customer.field.source") && !labelKey.equals("customer.field.sourceKey")
                    && !Objects.equals(comparable(a), comparable(b));
            return new Row(labelKey, a, b, differs);
        }

        private String comparable(String value) {
            return labelKey.equals("customer.sources.field.STREET") ? Normalization.street(value) : Normalization.text(value);
        }
    }
}

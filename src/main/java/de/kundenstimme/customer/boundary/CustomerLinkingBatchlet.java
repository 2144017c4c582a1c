package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.CustomerLinking;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** After the rows are in: links the records the import brought in or changed, and updates their customers. */
@Dependent
@Named
public class CustomerLinkingBatchlet extends AbstractBatchlet {

    static final String ACTOR = "import";

    @Inject
    CustomerLinking linking;

    @Override
    @Transactional
    public String process() {
        linking.relinkPending(ACTOR);
        return "COMPLETED";
    }
}

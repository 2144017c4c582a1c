package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.control.AbsenceCalendar;
import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.administration.entity.Routing;
import de.kundenstimme.administration.entity.User;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a new case, decided from the category, the department's handlers with their open
 * cases, and today's absences. No database here, so the rules are tested on their own.
 */
public final class RoutingRules {

    private static final Comparator<Workload> LEAST_BUSY =
            Comparator.comparingLong(Workload::openCases).thenComparing(w -> w.handler().getId());

    private RoutingRules() {
    }

    /** A handler of the category's department and the number of their open cases. */
    public record Workload(User handler, long openCases) {
    }

    /**
     * The default owner, or their deputy while they are away; for round-robin (and when the default
     * owner and every deputy are unavailable) the present handler with the fewest open cases, ties
     * broken by the lower id. Only when every handler is away: the least busy handler's deputy.
     */
    public static Optional<User> ownerFor(Category category, List<Workload> handlers, AbsenceCalendar absences) {
        User defaultOwner = category.getDefaultOwner();
        if (category.getRouting() == Routing.DEFAULT_OWNER && defaultOwner != null) {
            Optional<User> standIn = absences.standIn(defaultOwner);
            if (standIn.isPresent()) {
                return standIn;
            }
        }
        List<Workload> byLoad = handlers.stream().filter(w -> w.handler().isActive()).sorted(LEAST_BUSY).toList();
        Optional<User> present = byLoad.stream().map(Workload::handler).filter(h -> !absences.isAbsent(h)).findFirst();
        if (present.isPresent()) {
            return present;
        }
        return byLoad.stream().map(w -> absences.standIn(w.handler())).flatMap(Optional::stream).findFirst();
    }
}

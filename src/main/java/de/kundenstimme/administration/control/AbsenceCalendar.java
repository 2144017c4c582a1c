package de.kundenstimme.administration.control;

import de.kundenstimme.administration.entity.Absence;
import de.kundenstimme.administration.entity.User;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is away on one day and who stands in for them. A deputy who is away as well hands on to
 * their own deputy; a chain that runs in a circle or ends with someone inactive finds nobody.
 */
public final class AbsenceCalendar {

    private final LocalDate day;
    private final Map<Long, Absence> byUser = new HashMap<>();

    public AbsenceCalendar(LocalDate day, List<Absence> absences) {
        this.day = day;
        absences.stream().filter(a -> a.covers(day)).forEach(a -> byUser.put(a.getUser().getId(), a));
    }

    public static AbsenceCalendar empty(LocalDate day) {
        return new AbsenceCalendar(day, List.of());
    }

    public LocalDate day() {
        return day;
    }

    public boolean isAbsent(User user) {
        return byUser.containsKey(user.getId());
    }

    public Optional<Absence> absenceOf(User user) {
        return Optional.ofNullable(byUser.get(user.getId()));
    }

    /** The person who works on in {@code user}'s place: the user themself when present, else the first present deputy. */
    public Optional<User> standIn(User user) {
        Set<Long> seen = new HashSet<>();
        User current = user;
        while (current != null && current.isActive() && seen.add(current.getId())) {
            Absence absence = byUser.get(current.getId());
            if (absence == null) {
                return Optional.of(current);
            }
            current = absence.getDeputy();
        }
        return Optional.empty();
    }

    /** The absent colleagues whose cases {@code deputy} looks after today, following chains of deputies. */
    public Set<Long> representedBy(User deputy) {
        Set<Long> represented = new HashSet<>();
        for (Absence absence : byUser.values()) {
            User absent = absence.getUser();
            if (standIn(absent).map(u -> u.getId().equals(deputy.getId())).orElse(false)) {
                represented.add(absent.getId());
            }
        }
        return represented;
    }
}

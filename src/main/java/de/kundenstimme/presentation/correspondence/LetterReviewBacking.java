package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.correspondence.boundary.Letters;
import de.kundenstimme.correspondence.entity.Letter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The reviewer queue: colleagues' letters waiting for the second pair of eyes, oldest first. */
@Named
@RequestScoped
public class LetterReviewBacking {

    @Inject
    Letters letters;

    private List<Letter> waiting;

    public List<Letter> getWaiting() {
        if (waiting == null) {
            waiting = letters.reviewQueue();
        }
        return waiting;
    }
}

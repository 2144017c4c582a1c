package de.kundenstimme.presentation.correspondence;

import de.kundenstimme.complaint.boundary.NotPermitted;
import de.kundenstimme.complaint.boundary.StaleGoodwill;
import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.correspondence.boundary.LetterNotFound;
import de.kundenstimme.correspondence.boundary.Letters;
import de.kundenstimme.correspondence.boundary.StaleLetter;
import de.kundenstimme.correspondence.entity.ArchivedLetter;
import de.kundenstimme.correspondence.entity.Gift;
import de.kundenstimme.correspondence.entity.Letter;
import de.kundenstimme.correspondence.entity.LetterChannel;
import de.kundenstimme.correspondence.entity.LetterStatus;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * One letter: the author edits the draft and submits it, a second person approves or returns it,
 * and an approved letter is sent. The server decides who may do what; the page only follows.
 */
@Named
@ViewScoped
public class LetterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Letters letters;

    @Inject
    FacesMessages messages;

    private Long id;
    private long seenVersion;
    private String subject;
    private String body;
    private String comment;
    private LetterChannel channel = LetterChannel.EMAIL;
    private Long giftId;
    private transient Letter letter;
    private transient ArchivedLetter archived;

    public void open() throws IOException {
        try {
            if (id == null) {
                throw new LetterNotFound("correspondence.letter.notFound");
            }
            reload();
        } catch (LetterNotFound notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void reload() {
        letter = letters.find(id);
        archived = null;
        seenVersion = letter.getVersion();
        subject = letter.getSubject();
        body = letter.getBody();
        comment = null;
    }

    public Letter getLetter() {
        if (letter == null) {
            letter = letters.find(id);
        }
        return letter;
    }

    public ArchivedLetter getArchived() {
        if (archived == null && getLetter().getStatus() == LetterStatus.SENT) {
            archived = letters.archiveOf(getLetter());
        }
        return archived;
    }

    /** The author's own letter in review: the page says a second person approves it. */
    public boolean isOwn() {
        return getLetter().getAuthor().equalsIgnoreCase(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public List<Gift> getGifts() {
        return letters.gifts();
    }

    public LetterChannel[] getChannels() {
        return LetterChannel.values();
    }

    public void save() {
        change(() -> letters.edit(id, seenVersion, subject, body), "correspondence.letter.saved");
    }

    public void addGift() {
        change(() -> letters.addGift(id, seenVersion, giftId == null ? -1 : giftId), "correspondence.letter.giftAdded");
    }

    public void submit() {
        change(() -> letters.submit(id, seenVersion), "correspondence.letter.submitted");
    }

    public void approve() {
        change(() -> letters.review(id, seenVersion, true, comment), "correspondence.letter.approved");
    }

    public void returnToDraft() {
        change(() -> letters.review(id, seenVersion, false, comment), "correspondence.letter.returned");
    }

    public void send() {
        change(() -> letters.send(id, seenVersion, channel), "correspondence.letter.sent");
    }

    private void change(Supplier<Letter> work, String successKey) {
        try {
            work.get();
            reload();
            messages.info(successKey);
            return;
        } catch (StaleLetter | StaleGoodwill stale) {
            messages.error("correspondence.letter.stale");
        } catch (LetterNotFound gone) {
            messages.error(gone.getMessageKey());
        } catch (NotPermitted notPermitted) {
            messages.error(notPermitted.getMessageKey());
        } catch (LifecycleViolation refused) {
            messages.refused(refused);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "letter");
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, "letter");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    /** The id from the address: anything but a number finds no letter (404), not a failed conversion (500). */
    public void setId(String id) {
        this.id = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LetterChannel getChannel() {
        return channel;
    }

    public void setChannel(LetterChannel channel) {
        this.channel = channel;
    }

    public Long getGiftId() {
        return giftId;
    }

    public void setGiftId(Long giftId) {
        this.giftId = giftId;
    }
}

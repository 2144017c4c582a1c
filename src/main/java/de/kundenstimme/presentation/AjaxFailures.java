package de.kundenstimme.presentation;

import de.kundenstimme.platform.control.DatabaseOutage;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An AJAX action that fails unexpectedly answers with Faces' error element, but named and worded
 * for the user: Mojarra would put the exception's class and message there, which may name our
 * classes or carry SQL. The failure goes to the log with its trace (one line while the database
 * is away). An expired view stays with Faces, which sends the browser to the expired page.
 */
public class AjaxFailures extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(AjaxFailures.class.getName());

    public AjaxFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            if (context == null || !context.getPartialViewContext().isAjaxRequest() || !events.hasNext()) {
                getWrapped().handle();
                return;
            }
            Throwable failure = events.next().getContext().getException();
            if (failure instanceof ViewExpiredException || failure.getCause() instanceof ViewExpiredException) {
                getWrapped().handle();
                return;
            }
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            boolean outage = DatabaseOutage.explains(failure);
            if (outage) {
                DatabaseOutage.logAnswered(failure);
            } else {
                LOG.log(Level.SEVERE, "AJAX request failed", failure);
            }
            answer(context, outage ? "503" : "500");
        }

        private static void answer(FacesContext context, String code) {
            ResourceBundle texts = context.getApplication().getResourceBundle(context, "i18n");
            try {
                if (!context.getExternalContext().isResponseCommitted()) {
                    context.getExternalContext().responseReset();
                }
                context.getExternalContext().setResponseContentType("text/xml");
                context.getExternalContext().setResponseCharacterEncoding("UTF-8");
                PartialResponseWriter writer = context.getPartialViewContext().getPartialResponseWriter();
                writer.startDocument();
                writer.startError(texts.getString("error." + code + ".title"));
                writer.write(texts.getString("error." + code + ".text"));
                writer.endError();
                writer.endDocument();
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException("The AJAX error could not be written", e);
            }
        }
    }
}

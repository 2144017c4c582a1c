package de.kundenstimme.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
public class JaxRsConfiguration extends Application {
}

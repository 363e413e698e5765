package dev.rolegraph;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.common.DependencyResolver;
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
 * Usage: Launcher HOME_DIR PORT PAGECACHE PASSWORD_FILE
 *
 * Authentication is on: the user neo4j gets the password in PASSWORD_FILE (written by the
 * Node side, readable by the user only). Only Bolt over TCP is served: no HTTP connector, and
 * a connection that does not open with Bolt's magic bytes (a browser's WebSocket upgrade
 * starts with "GET") is closed before Neo4j sees it, so no web page can talk to the database.
 *
 * The parent (Node) reads the "READY" line to learn the bound port (PORT may be 0) and keeps
 * our stdin open: when stdin closes, or the parent process ends, we shut down cleanly, so no
 * orphan JVM keeps the store lock or outlives the API.
 */
public final class Launcher {
  private static final int BOLT_MAGIC = 0x6060B017;

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: Launcher HOME_DIR PORT PAGECACHE PASSWORD_FILE");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String pagecache = args[2];
    String password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).trim();
    if (password.length() < 16) fail("the password file " + args[3] + " holds no usable password");
    Files.createDirectories(home);

    // The password is set with Bolt off, so no client can catch the factory password (neo4j/neo4j)
    // in between: on the first start, and on a data directory made before auth was on.
    Path applied = home.resolve("rolegraph-neo4j-password.applied");
    String digest = sha256(password);
    if (!Files.exists(applied) || !Files.readString(applied).trim().equals(digest)) {
      DatabaseManagementService setup = build(home, config(-1, pagecache));
      try {
        setup.database("system").executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      } catch (RuntimeException e) {
        // The same password again (the marker was lost) is the only refusal we accept.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      } finally {
        setup.shutdown();
      }
      Files.writeString(applied, digest + "\n");
    }

    DatabaseManagementService dbms = build(home, config(port, pagecache));
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
    DependencyResolver resolver = ((GraphDatabaseAPI) db).getDependencyResolver();
    int filtered = boltOnly(resolver.resolveDependency(BoltServer.class));
    if (filtered == 0) fail("no Bolt TCP connector to guard");
    int bound = resolver.resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
    System.out.println("READY bolt://127.0.0.1:" + bound);
    System.out.flush();

    // Parent gone (even by kill -9): exit, which runs the shutdown hook. Stdin closing says the same.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    InputStream in = System.in;
    while (in.read() != -1) {
      // Nothing is sent on stdin; we only wait for it to close.
    }
    stop.run();
    System.exit(0);
  }

  /** Settings; port -1 builds a server without Bolt (to set the password). */
  private static Map<String, String> config(int port, String pagecache) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", port >= 0 ? "true" : "false");
    if (port >= 0) {
      config.put("server.bolt.listen_address", "127.0.0.1:" + port);
      config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    }
    // Loopback is no boundary against other local users or web pages: a password is required.
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.http.enabled", "false");
    config.put("server.https.enabled", "false");
    config.put("server.memory.pagecache.size", pagecache);
    // Disk: Neo4j preallocates each transaction log to its rotation size (256 MB by default),
    // for the system database and ours: over 500 MB for the small seed. Small rotated files,
    // not preallocated, and only the last two kept: tens of MB (README, "Disk").
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    config.put("db.tx_log.preallocate", "false");
    config.put("db.tx_log.rotation.size", "16M");
    config.put("dbms.usage_report.enabled", "false");
    // Bolt's two Netty loops each wait a 5 s quiet period on shutdown, after the databases have
    // already stopped: 10 s of nothing on every Ctrl-C and test teardown.
    config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    return config;
  }

  private static DatabaseManagementService build(Path home, Map<String, String> config) throws IOException {
    // The builder takes typed settings or a properties file; a file keeps this readable.
    Path conf = home.resolve("rolegraph-neo4j.conf");
    StringBuilder text = new StringBuilder();
    config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(conf, text.toString());
    return new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
  }

  /**
   * Neo4j 5 answers a WebSocket upgrade on the Bolt port and has no setting to refuse it: put a
   * gate at the head of every TCP connection's pipeline that lets only Bolt's preamble through.
   */
  private static int boltOnly(BoltServer bolt) {
    int guarded = 0;
    for (Connector<?> connector : bolt.getConnectors()) {
      if (!(connector.address() instanceof InetSocketAddress)) continue;
      connector.registerListener(new ConnectorListener() {
        @Override
        public void onConnectionCreated(Connection connection) {
          connection.modifyPipeline(pipeline -> pipeline.addFirst("rolegraph-bolt-only", new BoltOnly()));
        }
      });
      guarded++;
    }
    return guarded;
  }

  /** Passes a connection on once its first four bytes are Bolt's magic; closes it otherwise. */
  static final class BoltOnly extends ByteToMessageDecoder {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
      if (in.readableBytes() < 4) return;
      if (in.getInt(in.readerIndex()) == BOLT_MAGIC) {
        ctx.pipeline().remove(this); // hands what was read so far to Neo4j's own handlers
        return;
      }
      in.skipBytes(in.readableBytes());
      ctx.close();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void fail(String message) {
    System.err.println("rolegraph launcher: " + message);
    System.exit(2);
  }
}

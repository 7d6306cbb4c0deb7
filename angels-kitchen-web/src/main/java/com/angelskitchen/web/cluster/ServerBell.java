package com.angelskitchen.web.cluster;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.platform.ResourceNames;
import com.angelskitchen.platform.ThisServer;
import com.angelskitchen.staff.boundary.StaffChanged;
import com.angelskitchen.web.kds.EventSequencer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears what the other servers of a cluster commit, so that this server's screens and sessions act
 * on it at once.
 *
 * <p>Transactions that matter to every server send a PostgreSQL {@code NOTIFY} as part of their
 * work: every append to the kitchen log ({@link KitchenLog#BELL_CHANNEL}) and every change of a
 * staff member's access ({@link StaffChanged#CHANNEL}). PostgreSQL delivers a notice when, and only
 * when, its transaction commits, in commit order, to every server listening. This bean keeps one
 * pooled connection {@code LISTEN}ing on a thread of its own:
 *
 * <ul>
 *   <li>a kitchen-log notice hands its sequence to the {@link EventSequencer}, which reads the
 *       missing entries from the log and releases them to the screens in order;
 *   <li>a staff notice is fired here as a {@link StaffChanged} event, as if the change had been
 *       made on this server (its sessions, screens and cached credentials of that member end).
 * </ul>
 *
 * Notices this server sent itself are ignored: its own observers already acted after commit.
 *
 * <p>The connection carries the application name {@code angels-kitchen <server id>}: the other
 * servers see in {@code pg_stat_activity} that this one is alive, and stop seeing it the moment its
 * process dies (see {@code PartnerInbox}). Should the connection fail (the database restarts), the
 * bell listens again and treats the log's current end as heard, so nothing committed while it was
 * deaf is left waiting.
 */
@ApplicationScoped
public class ServerBell {

  private static final Logger LOG = Logger.getLogger(ServerBell.class.getName());

  /** How long one wait for notices lasts before the thread checks whether it should stop. */
  private static final int WAIT_MILLIS = 1_000;

  /** Pause before listening again after the connection failed. */
  private static final long RECONNECT_MILLIS = 1_000;

  @Resource(lookup = ResourceNames.DATA_SOURCE)
  DataSource database;

  @Resource ManagedThreadFactory threads;

  @Inject EventSequencer sequencer;

  @Inject Event<StaffChanged> staffChanged;

  @EJB KitchenLogReader log;

  private final AtomicLong heardFromOthers = new AtomicLong();
  private volatile boolean running;
  private volatile boolean listening;
  private Thread listener;

  @PostConstruct
  void start() {
    running = true;
    listener = threads.newThread(this::listen);
    listener.setName("server-bell");
    listener.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  /** Listens from the start of the application, not from the first screen. */
  void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
    listening();
  }

  /** Whether the bell's connection is listening now (a readiness condition). */
  public boolean listening() {
    return listening;
  }

  /** How many notices of other servers this server has heard (for health and tests). */
  public long heardFromOthers() {
    return heardFromOthers.get();
  }

  private void listen() {
    while (running) {
      try (Connection connection = database.getConnection()) {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET application_name = '" + ThisServer.APPLICATION_NAME + "'");
          statement.execute("LISTEN " + KitchenLog.BELL_CHANNEL);
          statement.execute("LISTEN " + StaffChanged.CHANNEL);
        }
        listening = true;
        // Anything committed while the bell was not listening is read now.
        sequencer.heard(log.lastSequence());
        try {
          while (running) {
            PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
            if (notices != null) {
              ring(notices);
            }
          }
        } finally {
          listening = false;
          unlisten(connection);
        }
      } catch (SQLException | RuntimeException failed) {
        listening = false;
        if (!running) {
          return;
        }
        LOG.log(
            Level.WARNING, "the server bell lost its database connection; listening again", failed);
        pause();
      }
    }
  }

  /** Acts on other servers' notices: the highest kitchen sequence, each staff change. */
  private void ring(PGNotification[] notices) {
    long highestSequence = 0;
    for (PGNotification notice : notices) {
      String payload = notice.getParameter();
      int space = payload.lastIndexOf(' ');
      if (space < 1 || payload.substring(space + 1).equals(ThisServer.ID)) {
        continue;
      }
      heardFromOthers.incrementAndGet();
      String subject = payload.substring(0, space);
      if (KitchenLog.BELL_CHANNEL.equals(notice.getName())) {
        highestSequence = Math.max(highestSequence, Long.parseLong(subject));
      } else if (StaffChanged.CHANNEL.equals(notice.getName())) {
        staffChanged.fire(new StaffChanged(subject));
      }
    }
    if (highestSequence > 0) {
      sequencer.heard(highestSequence);
    }
  }

  /** The connection goes back to the pool: it must not keep collecting notices there. */
  private static void unlisten(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("UNLISTEN *");
      statement.execute("RESET application_name");
    } catch (SQLException ignored) {
      // a broken connection is discarded by the pool anyway
    }
  }

  private void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(RECONNECT_MILLIS);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}

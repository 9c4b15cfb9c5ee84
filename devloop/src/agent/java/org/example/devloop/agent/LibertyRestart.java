package org.example.devloop.agent;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Restarts applications through Liberty's MBeans: {@code ApplicationMBean.restart} for each, or,
 * where that MBean is not registered (the application is not installed yet), the application
 * monitor's {@code FileNotificationMBean#processApplicationChanges} (with {@code
 * updateTrigger="mbean"}). Never touches the platform MBean server before Liberty's kernel has
 * installed its own (the {@code javax.management.builder.initial} property), which would otherwise
 * replace it.
 */
final class LibertyRestart {

  private static final Logger LOG = Logger.getLogger(LibertyRestart.class.getName());
  private static final String MONITOR_MBEAN =
      "WebSphere:service=com.ibm.ws.kernel.filemonitor.FileNotificationMBean";
  private static final String APPLICATION_MBEAN =
      "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=";

  private LibertyRestart() {}

  /** Whether Liberty took the restart (false: its kernel or MBeans are not there yet). */
  static boolean restart(List<String> applications) {
    if (System.getProperty("javax.management.builder.initial") == null) {
      return false;
    }
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      boolean all = true;
      for (String application : applications) {
        ObjectName name = new ObjectName(APPLICATION_MBEAN + application);
        if (server.isRegistered(name)) {
          server.invoke(name, "restart", new Object[0], new String[0]);
        } else {
          all = false;
        }
      }
      if (all) {
        return true;
      }
      ObjectName monitor = new ObjectName(MONITOR_MBEAN);
      if (!server.isRegistered(monitor)) {
        return false;
      }
      server.invoke(monitor, "processApplicationChanges", new Object[0], new String[0]);
      return true;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Liberty refused to restart " + applications + " after a change", e);
      return true; // do not retry a refusal in a loop; the next change tries again
    }
  }
}

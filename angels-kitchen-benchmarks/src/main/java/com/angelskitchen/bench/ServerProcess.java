package com.angelskitchen.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The server's process as Linux reports it: CPU time used and resident memory. */
record ServerProcess(long pid) {

  /** User + system CPU time in clock ticks (1/100 s); 0 when unknown. */
  long cpuTicks() {
    if (pid <= 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  /** Resident memory in kB; 0 when unknown. */
  long rssKb() {
    if (pid <= 0) {
      return 0;
    }
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElse(0L);
    } catch (Exception e) {
      return 0;
    }
  }
}

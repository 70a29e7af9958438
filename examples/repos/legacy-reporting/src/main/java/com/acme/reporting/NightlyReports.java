package com.acme.reporting;

/** Writes the nightly finance and risk reports to the shared drive. */
public final class NightlyReports {
  public static void main(String[] args) {
    String day = args.length > 0 ? args[0] : java.time.LocalDate.now().minusDays(1).toString();
    System.out.println("Writing finance and risk reports for " + day);
  }
}

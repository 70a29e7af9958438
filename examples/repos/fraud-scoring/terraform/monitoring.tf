# The Datadog monitor behind the fraud-scoring dashboard; it pages through
# the PagerDuty integration.
resource "datadog_monitor" "latency" {
  name    = "fraud-scoring p99 latency (${var.environment})"
  type    = "metric alert"
  query   = "percentile(last_5m):p99:fraud_score_latency_seconds{service:fraud-scoring,env:${var.environment}} > 0.25"
  message = "Fraud scores are slow. See https://runbooks.acme.example/payments/fraud-scoring @pagerduty-fraud-scoring"
  tags    = ["service:fraud-scoring", "env:${var.environment}", "cost-center:CC-3200"]

  monitor_thresholds {
    critical = 0.25
  }
}

# The queue of pending preview requests in each region; KEDA scales the
# controller on its length.
resource "aws_sqs_queue" "requests_eu" {
  name                       = "preview-environment-requests-${var.environment}"
  visibility_timeout_seconds = 300
}

resource "aws_sqs_queue" "requests_us" {
  provider                   = aws.us_east_1
  name                       = "preview-environment-requests-${var.environment}"
  visibility_timeout_seconds = 300
}

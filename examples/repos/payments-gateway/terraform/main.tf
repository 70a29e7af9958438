# Idempotency keys, replicated between both regions, recoverable to any
# second of the last 35 days.
resource "aws_dynamodb_table" "idempotency" {
  name             = "payments-gateway-idempotency-${var.environment}"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "key"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "key"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  replica {
    region_name            = "us-east-1"
    point_in_time_recovery = true
  }
}

resource "aws_iam_role" "service_eu" {
  name               = "payments-gateway-${var.environment}-eu-west-1"
  assume_role_policy = var.pod_identity_trust_policy
}

resource "aws_iam_role" "service_us" {
  provider           = aws.us_east_1
  name               = "payments-gateway-${var.environment}-us-east-1"
  assume_role_policy = var.pod_identity_trust_policy
}

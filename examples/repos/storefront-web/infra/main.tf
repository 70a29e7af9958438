# One CDN in front of the rendering functions of both regions: requests go
# to eu-west-1 and fail over to us-east-1 when it answers with errors.
resource "aws_cloudfront_distribution" "shop" {
  enabled = true
  aliases = [var.domain_name]

  origin {
    domain_name = var.origin_eu_west_1
    origin_id   = "render-eu-west-1"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin {
    domain_name = var.origin_us_east_1
    origin_id   = "render-us-east-1"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin_group {
    origin_id = "render"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "render-eu-west-1"
    }
    member {
      origin_id = "render-us-east-1"
    }
  }

  default_cache_behavior {
    target_origin_id       = "render"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD", "OPTIONS"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = var.cache_policy_id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.shop.arn
    ssl_support_method  = "sni-only"
  }
}

# CloudFront only takes certificates from us-east-1.
resource "aws_acm_certificate" "shop" {
  provider          = aws.us_east_1
  domain_name       = var.domain_name
  validation_method = "DNS"
}

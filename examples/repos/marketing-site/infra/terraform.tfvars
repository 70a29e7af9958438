domain_name     = "about.acme.example"
zone_id         = "Z0ACME00000000000001"
certificate_arn = "arn:aws:acm:us-east-1:111111111111:certificate/7f1c2d9e-0000-4000-8000-000000000001"
cache_policy_id = "658327ea-f89d-4fab-a63d-7e88639e58f6"

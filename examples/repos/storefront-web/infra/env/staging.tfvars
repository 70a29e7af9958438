domain_name      = "staging.shop.acme.example"
origin_eu_west_1 = "render-staging-eu.execute-api.eu-west-1.amazonaws.com"
origin_us_east_1 = "render-staging-us.execute-api.us-east-1.amazonaws.com"
cache_policy_id  = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"

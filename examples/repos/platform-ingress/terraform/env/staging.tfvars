environment       = "staging"
public_subnet_ids = ["subnet-0stg0000000000a01", "subnet-0stg0000000000b01", "subnet-0stg0000000000c01"]

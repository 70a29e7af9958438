environment       = "prod"
public_subnet_ids = ["subnet-0prd0000000000a01", "subnet-0prd0000000000b01", "subnet-0prd0000000000c01"]

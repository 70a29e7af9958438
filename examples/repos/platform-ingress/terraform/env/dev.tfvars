environment       = "dev"
public_subnet_ids = ["subnet-0dev0000000000a01", "subnet-0dev0000000000b01"]

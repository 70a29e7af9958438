module github.com/acme/payments-gateway

go 1.23

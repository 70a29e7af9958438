module github.com/acme/platform-ingress

go 1.23

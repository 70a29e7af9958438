module github.com/acme/feature-flags

go 1.23

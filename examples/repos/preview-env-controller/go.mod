module github.com/acme/preview-env-controller

go 1.23

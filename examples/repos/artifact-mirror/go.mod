module github.com/acme/artifact-mirror

go 1.23

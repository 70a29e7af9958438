module github.com/acme/search-indexer

go 1.23

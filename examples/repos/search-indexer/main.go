// Command search-indexer applies catalogue changes to the search index.
package main

import "log"

func main() {
	log.Println("search-indexer: waiting for catalogue changes")
	select {}
}

// Command artifact-mirror serves cached copies of upstream artefacts.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.Handle("/", http.FileServer(http.Dir("/var/cache/artifact-mirror")))
	log.Fatal(http.ListenAndServe(":8080", nil))
}

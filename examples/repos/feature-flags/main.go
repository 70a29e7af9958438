// Command feature-flags serves flag values to ACME's services.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/flags", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{}`))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// Command payments-gateway authorises card and wallet payments.
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	region := os.Getenv("AWS_REGION")
	http.HandleFunc("/payments", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Served-By-Region", region)
		w.WriteHeader(http.StatusCreated)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}

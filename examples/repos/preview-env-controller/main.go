// Command preview-env-controller reconciles PreviewEnvironment claims.
package main

import "log"

func main() {
	log.Println("preview-env-controller: watching PreviewEnvironment claims")
	select {}
}

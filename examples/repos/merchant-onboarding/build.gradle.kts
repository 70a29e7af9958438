plugins {
    kotlin("jvm") version "2.0.21"
    id("org.springframework.boot") version "3.3.4"
    id("com.google.cloud.tools.jib") version "3.4.4"
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
}

# Same steps as the README: build the runnable jar with Maven, run it with a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
# A fixed uid/gid (10001), so a bind-mounted host folder can be given to it (chown 10001:10001 data)
# or the container run as the host user instead (--user "$(id -u):$(id -g)"); see the README.
RUN groupadd --system --gid 10001 minutes \
    && useradd --system --uid 10001 --gid minutes --home-dir /app minutes \
    && mkdir -p /app/data && chown minutes:minutes /app/data && chmod 0775 /app/data
WORKDIR /app
COPY --from=build /src/target/minutes.jar /app/minutes.jar
COPY bot-config.properties /app/bot-config.properties
# The configuration file; mount your own and point MINUTES_CONFIG at it (-e MINUTES_CONFIG=...).
ENV MINUTES_CONFIG=/app/bot-config.properties
COPY notes /app/notes
# The SQLite store (data/minutes.db) lives here; mount a volume to keep it.
VOLUME /app/data
USER minutes
ENTRYPOINT ["java", "-jar", "/app/minutes.jar"]
CMD ["--help"]

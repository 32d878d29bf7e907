# Same steps as the README: build the runnable jar with Maven, run it with a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
RUN groupadd --system minutes && useradd --system --gid minutes --home-dir /app minutes \
    && mkdir -p /app/data && chown minutes:minutes /app/data
WORKDIR /app
COPY --from=build /src/target/minutes.jar /app/minutes.jar
COPY bot-config.properties /app/bot-config.properties
COPY notes /app/notes
# The SQLite store (data/minutes.db) lives here; mount a volume to keep it.
VOLUME /app/data
USER minutes
ENTRYPOINT ["java", "-jar", "/app/minutes.jar"]
CMD ["--help"]

package dev.minutes.chat.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord on 127.0.0.1 that is just enough for JDA: REST (a JDK HttpServer) answers who the bot
 * is, accepts command registration, channel messages and interaction callbacks; the gateway (a
 * Java-WebSocket server) says HELLO, answers IDENTIFY with READY and one GUILD_CREATE, acknowledges
 * heartbeats and delivers the interactions a test sends.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String BOT_ID = "900";
  public static final String GUILD = "800";
  public static final String CHANNEL = "700";
  public static final String MAINTAINER_ROLE = "42";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request the REST side received. */
  public record Request(String method, String path, String body) {}

  /** A failure the REST side answers with instead of doing the work. */
  public record Fault(
      String method, String pathPart, int status, String contentType, String body) {}

  final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private final List<Request> sent = new CopyOnWriteArrayList<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private volatile List<Map<String, Object>> extraRoles = List.of();
  private final HttpServer rest;
  private final Gateway gateway;
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger(5000);

  public FakeDiscord() throws IOException, InterruptedException {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/api/v10/", this::handle);
    rest.createContext("/files/", this::serveFile);
    rest.start();
    gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
    gateway.setReuseAddr(true);
    gateway.start();
    gateway.started.poll(10, TimeUnit.SECONDS);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
  }

  /** The bot-config.properties lines that point Minutes at this fake Discord. */
  public String configLines() {
    return String.join(
        "\n",
        "discord.guild=" + GUILD,
        "discord.channel=" + CHANNEL,
        "discord.api-url=" + apiUrl(),
        "discord.gateway-url=" + gatewayUrl(),
        "");
  }

  public String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort();
  }

  /** The next REST request whose path contains {@code part}, skipping others. */
  public Request next(String method, String part) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Request request = requests.poll(1, TimeUnit.SECONDS);
      if (request != null && request.method().equals(method) && request.path().contains(part)) {
        return request;
      }
    }
    throw new AssertionError("no " + method + " " + part + " within 20s");
  }

  /** Every message posted to a channel or sent as an interaction reply so far, in order. */
  public List<String> messageContents() throws IOException {
    List<String> contents = new java.util.ArrayList<>();
    for (Request request : sent) {
      com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(request.body());
      contents.add(
          body.has("data")
              ? body.path("data").path("content").asText()
              : body.path("content").asText());
    }
    return contents;
  }

  /** From now on, every request whose path contains {@code fault.pathPart} gets the fault. */
  public void fail(Fault fault) {
    faults.add(fault);
  }

  /** Roles the guild has besides @everyone and Maintainers (id 42), given before the bot starts. */
  public void addRoles(Map<String, String> namesById) {
    extraRoles =
        namesById.entrySet().stream().map(e -> role(e.getKey(), e.getValue(), "0")).toList();
  }

  /** The value of a user option ({@code /todos member:}): a member of the guild by id. */
  public record UserOption(String id) {}

  /** A file attached to a slash command (an ATTACHMENT option); the fake serves it for download. */
  public record Attachment(String fileName, String content) {}

  private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

  private void serveFile(HttpExchange exchange) throws IOException {
    byte[] file = files.get(exchange.getRequestURI().getPath());
    exchange.sendResponseHeaders(file == null ? 404 : 200, file == null ? -1 : file.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(file == null ? new byte[0] : file);
    }
  }

  /** The resolved attachments of a command's options, each served under /files/ID/NAME. */
  private Map<String, Object> attachments(Map<String, Object> options) {
    Map<String, Object> resolved = new java.util.HashMap<>();
    for (Object value : options.values()) {
      if (value instanceof Attachment file) {
        String id = String.valueOf(ids.incrementAndGet());
        String path = "/files/" + id + "/" + file.fileName();
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        files.put(path, bytes);
        String url = "http://127.0.0.1:" + rest.getAddress().getPort() + path;
        resolved.put(
            id,
            Map.of(
                "id",
                id,
                "filename",
                file.fileName(),
                "size",
                bytes.length,
                "url",
                url,
                "proxy_url",
                url,
                "content_type",
                "text/markdown"));
        attachmentIds.put(file, id);
      }
    }
    return resolved;
  }

  private final Map<Attachment, String> attachmentIds =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The REST requests received so far and not yet taken by {@link #next}, taken now. */
  public List<Request> drain() {
    List<Request> taken = new ArrayList<>();
    requests.drainTo(taken);
    return taken;
  }

  /** Delivers a slash command as a member; returns the interaction id. */
  public String slashCommand(
      String userId, List<String> roles, String name, Map<String, Object> options)
      throws IOException {
    Map<String, Object> resolvedAttachments = attachments(options);
    // A snowflake of now: JDA dates an interaction by its id and refuses follow-ups after 15 min.
    long discordEpoch = 1_420_070_400_000L;
    String id =
        String.valueOf((System.currentTimeMillis() - discordEpoch) << 22 | ids.incrementAndGet());
    List<Map<String, Object>> optionList =
        options.entrySet().stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "name",
                        e.getKey(),
                        "type",
                        e.getValue() instanceof Number
                            ? 4
                            : e.getValue() instanceof UserOption
                                ? 6
                                : e.getValue() instanceof Attachment ? 11 : 3,
                        "value",
                        e.getValue() instanceof UserOption user
                            ? user.id()
                            : e.getValue() instanceof Attachment file
                                ? attachmentIds.get(file)
                                : e.getValue()))
            .toList();
    Map<String, Object> resolvedUsers = new java.util.HashMap<>();
    options.values().stream()
        .filter(UserOption.class::isInstance)
        .map(v -> ((UserOption) v).id())
        .forEach(user -> resolvedUsers.put(user, user(user, "member" + user)));
    ObjectNode interaction = JSON.createObjectNode();
    interaction.put("id", id).put("application_id", BOT_ID).put("type", 2);
    interaction.put("token", "interaction-token-" + id).put("version", 1);
    interaction.put("guild_id", GUILD).put("channel_id", CHANNEL);
    interaction.set(
        "guild", JSON.valueToTree(Map.of("id", GUILD, "locale", "en-US", "features", List.of())));
    interaction.set("channel", JSON.valueToTree(channel()));
    interaction.set(
        "member",
        JSON.valueToTree(
            Map.of(
                "user",
                user(userId, "member" + userId),
                "roles",
                roles,
                "joined_at",
                "2024-01-01T00:00:00.000000+00:00",
                "permissions",
                "1024",
                "deaf",
                false,
                "mute",
                false,
                "flags",
                0)));
    interaction.set(
        "data",
        JSON.valueToTree(
            Map.of(
                "id",
                "6000",
                "name",
                name,
                "type",
                1,
                "options",
                optionList,
                "resolved",
                Map.of("users", resolvedUsers, "attachments", resolvedAttachments))));
    interaction.put("locale", "en-US").put("guild_locale", "en-US");
    interaction.put("app_permissions", "1024").put("context", 0);
    interaction.set("authorizing_integration_owners", JSON.valueToTree(Map.of("0", GUILD)));
    interaction.set("entitlements", JSON.createArrayNode());
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return id;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(exchange.getRequestMethod(), path, body));
    String method = exchange.getRequestMethod();
    for (Fault fault : faults) {
      if (fault.method().equals(method) && path.contains(fault.pathPart())) {
        byte[] bytes = fault.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", fault.contentType());
        exchange.sendResponseHeaders(fault.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
        return;
      }
    }
    boolean followUp = method.equals("POST") && path.contains("/webhooks/" + BOT_ID + "/");
    if (method.equals("POST")
        && (path.endsWith("/callback") || path.contains("/messages") || followUp)
        && !body.isEmpty()) {
      sent.add(new Request(method, path, body));
    }
    if (path.endsWith("/users/@me")) {
      respond(exchange, 200, JSON.writeValueAsString(user(BOT_ID, "minutes-bot")));
    } else if (path.contains("/commands")) {
      respond(exchange, 200, "[]");
    } else if (method.equals("POST") && path.endsWith("/callback")) {
      respond(exchange, 204, null);
    } else if (followUp) { // the follow-up of a deferred reply
      respond(
          exchange,
          200,
          JSON.writeValueAsString(message(body, CHANNEL, String.valueOf(ids.incrementAndGet()))));
    } else if (method.equals("POST") && path.matches(".*/channels/\\d+/messages/\\d+/threads")) {
      String messageId = path.replaceAll(".*/messages/(\\d+)/threads", "$1");
      respond(exchange, 201, JSON.writeValueAsString(thread(messageId, body)));
    } else if (method.equals("PATCH")
        && path.matches(".*/channels/" + CHANNEL + "/messages/\\d+")) {
      String messageId = path.replaceAll(".*/messages/(\\d+)", "$1");
      respond(exchange, 200, JSON.writeValueAsString(message(body, CHANNEL, messageId)));
    } else if (method.equals("POST") && path.matches(".*/channels/\\d+/messages")) {
      String channelId = path.replaceAll(".*/channels/(\\d+)/messages", "$1");
      String id = String.valueOf(ids.incrementAndGet());
      respond(exchange, 200, JSON.writeValueAsString(message(body, channelId, id)));
    } else {
      respond(exchange, 404, "{\"message\":\"Unknown\",\"code\":0}");
    }
  }

  /** A message as Discord returns it after a post or an edit: the request plus what it adds. */
  private static ObjectNode message(String body, String channelId, String id) throws IOException {
    ObjectNode message = (ObjectNode) JSON.readTree(body);
    message.put("id", id).put("channel_id", channelId);
    message.put("guild_id", GUILD).put("type", 0);
    message.set("author", JSON.valueToTree(user(BOT_ID, "minutes-bot")));
    message.put("timestamp", "2024-03-04T12:00:00.000000+00:00");
    message.put("tts", false).put("mention_everyone", false).put("pinned", false);
    message.set("mentions", JSON.createArrayNode());
    message.set("mention_roles", JSON.createArrayNode());
    message.set("attachments", JSON.createArrayNode());
    message.set("embeds", JSON.createArrayNode());
    message.remove("allowed_mentions");
    return message;
  }

  /** The public thread Discord starts on a message: it has the message's id. */
  private static Map<String, Object> thread(String messageId, String body) throws IOException {
    return Map.ofEntries(
        Map.entry("id", messageId),
        Map.entry("guild_id", GUILD),
        Map.entry("parent_id", CHANNEL),
        Map.entry("owner_id", BOT_ID),
        Map.entry("type", 11),
        Map.entry("name", JSON.readTree(body).path("name").asText()),
        Map.entry("rate_limit_per_user", 0),
        Map.entry("message_count", 0),
        Map.entry("member_count", 1),
        Map.entry("total_message_sent", 0),
        Map.entry("flags", 0),
        Map.entry(
            "thread_metadata",
            Map.of(
                "archived", false,
                "auto_archive_duration", 1440,
                "archive_timestamp", "2024-03-04T12:00:00.000000+00:00",
                "locked", false,
                "invitable", true)));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, Object> user(String id, String name) {
    return Map.of(
        "id", id, "username", name, "discriminator", "0", "global_name", name, "bot", true);
  }

  private static Map<String, Object> channel() {
    return Map.of(
        "id",
        CHANNEL,
        "type",
        0,
        "guild_id",
        GUILD,
        "name",
        "monkey-business",
        "position",
        0,
        "permission_overwrites",
        List.of(),
        "nsfw",
        false);
  }

  private static Map<String, Object> role(String id, String name, String permissions) {
    return Map.of(
        "id",
        id,
        "name",
        name,
        "permissions",
        permissions,
        "position",
        id.equals(GUILD) ? 0 : 1,
        "color",
        0,
        "colors",
        Map.of("primary_color", 0),
        "hoist",
        false,
        "managed",
        false,
        "mentionable",
        false,
        "flags",
        0);
  }

  private Map<String, Object> guild() {
    return Map.ofEntries(
        Map.entry("id", GUILD),
        Map.entry("name", "Unikraft"),
        Map.entry("owner_id", "1"),
        Map.entry("unavailable", false),
        Map.entry("member_count", 3),
        Map.entry("large", false),
        Map.entry("features", List.of()),
        Map.entry("preferred_locale", "en-US"),
        Map.entry("joined_at", "2024-01-01T00:00:00.000000+00:00"),
        Map.entry(
            "roles",
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        // view, send, create public threads, send in threads
                        role(GUILD, "@everyone", String.valueOf(3072L | 1L << 35 | 1L << 38)),
                        role(MAINTAINER_ROLE, "Maintainers", "0")),
                    extraRoles.stream())
                .toList()),
        Map.entry("channels", List.of(channel())),
        Map.entry(
            "members",
            List.of(
                Map.of(
                    "user",
                    user(BOT_ID, "minutes-bot"),
                    "roles",
                    List.of(),
                    "joined_at",
                    "2024-01-01T00:00:00.000000+00:00",
                    "deaf",
                    false,
                    "mute",
                    false,
                    "flags",
                    0))),
        Map.entry("voice_states", List.of()),
        Map.entry("presences", List.of()),
        Map.entry("threads", List.of()),
        Map.entry("emojis", List.of()),
        Map.entry("stickers", List.of()),
        Map.entry("guild_scheduled_events", List.of()),
        Map.entry("stage_instances", List.of()),
        Map.entry("soundboard_sounds", List.of()),
        Map.entry("premium_tier", 0),
        Map.entry("verification_level", 0),
        Map.entry("default_message_notifications", 0),
        Map.entry("explicit_content_filter", 0),
        Map.entry("mfa_level", 0),
        Map.entry("nsfw_level", 0),
        Map.entry("system_channel_flags", 0),
        Map.entry("afk_timeout", 300));
  }

  @Override
  public void close() {
    // No InterruptedException from close(): javac warns about it on every try-with-resources.
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      rest.stop(0);
    }
  }

  /** The gateway: HELLO, READY + GUILD_CREATE after IDENTIFY, heartbeat ACKs, dispatches. */
  private final class Gateway extends WebSocketServer {
    final BlockingQueue<Boolean> started = new LinkedBlockingQueue<>();
    final List<WebSocket> sessions = new CopyOnWriteArrayList<>();

    Gateway(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      sessions.add(socket);
      socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
      try {
        var frame = JSON.readTree(message);
        switch (frame.path("op").asInt()) {
          case 1 -> socket.send("{\"op\":11}");
          case 2 -> {
            dispatch(
                "READY",
                JSON.valueToTree(
                    Map.of(
                        "v", 10,
                        "user", user(BOT_ID, "minutes-bot"),
                        "guilds", List.of(Map.of("id", GUILD, "unavailable", true)),
                        "session_id", "session-1",
                        "resume_gateway_url", gatewayUrl(),
                        "private_channels", List.of(),
                        "application", Map.of("id", BOT_ID, "flags", 0))));
            dispatch("GUILD_CREATE", JSON.valueToTree(guild()));
          }
          default -> {}
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    void dispatch(String type, com.fasterxml.jackson.databind.JsonNode data) throws IOException {
      ObjectNode frame = JSON.createObjectNode();
      frame.put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
      frame.set("d", data);
      String text = JSON.writeValueAsString(frame);
      sessions.forEach(s -> s.send(text));
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
      sessions.remove(socket);
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
      if (socket == null) {
        started.add(false);
      }
    }

    @Override
    public void onStart() {
      started.add(true);
    }
  }
}

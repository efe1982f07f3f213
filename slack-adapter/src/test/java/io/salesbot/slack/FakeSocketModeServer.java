package io.salesbot.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Slack's Socket Mode end: says hello to the app, sends it envelopes and records its acks. */
final class FakeSocketModeServer extends WebSocketServer {

    final List<String> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket connection;

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        connection = socket;
        socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket socket, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket socket, Exception ex) {}

    @Override
    public void onStart() {}

    void send(String envelope) {
        awaitConnection().send(envelope);
    }

    WebSocket awaitConnection() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (connection == null && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (connection == null) {
            throw new AssertionError("the app never connected over Socket Mode");
        }
        return connection;
    }

    String awaitMessage(String containing) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (String message : received) {
                if (message.contains(containing)) {
                    return message;
                }
            }
            sleep();
        }
        throw new AssertionError("no Socket Mode message containing " + containing + " in " + received);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

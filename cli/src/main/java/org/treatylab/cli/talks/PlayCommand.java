package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.treatylab.app.common.RoomCodes;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksState;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab talks play --join CODE --server URL}: take a seat in a server's talks room from a terminal. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Take a seat in talks on a server (its room code) and play your delegation at the console; "
                + "the other delegation is played by another person (a browser, another terminal) or an agent.")
public final class PlayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--join", required = true, paramLabel = "CODE", description = "the room code, e.g. K7Q2-M9XD")
    String room;

    @Option(names = "--server", required = true, paramLabel = "URL",
            description = "the server, e.g. http://127.0.0.1:7070")
    String server;

    @Option(names = "--seat", paramLabel = "US|RU", description = "the delegation to play (default: the first open "
            + "seat)")
    String seat;

    @Option(names = "--secret", paramLabel = "SECRET", description = "come back to the seat you took before (its "
            + "secret, printed when you took it)")
    String secret;

    @Option(names = "--format", defaultValue = "table", description = "table or json (the result at the end)")
    Format format;

    @Override
    public Integer call() {
        URI base = base(server);
        if (room.isBlank()) {
            throw new InputException("--join: give the room code (e.g. K7Q2-M9XD)");
        }
        if (seat != null && secret != null) {
            throw new InputException("give --seat (to take a seat) or --secret (to come back to yours), not both");
        }
        String party = seat == null ? null : Values.party("--seat", seat).code();
        RemoteSeat s = RemoteSeat.join(base, RoomCodes.normalise(room), party, secret);
        PrintWriter out = spec.commandLine().getOut();
        TalksState joined = s.joined();
        out.printf("Room %s on %s: you play %s%s.%n", joined.id(), base, joined.play(), secret == null
                ? " (to come back to this seat: --secret " + s.secret() + ")" : "");
        out.flush();
        TalksRun r = new ConsolePlayer(s, new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), out).play();
        if (format == Format.JSON) {
            Output.json(out, r);
        } else if (s.scenario() != null) {
            out.print(TalksCommand.table(s.scenario(), r));
        } else {
            out.println(r.agreement() == null ? "No agreement." : "Agreement: " + Texts.terms(r.agreement()));
        }
        return 0;
    }

    /** The server's address: http or https with a host. */
    static URI base(String text) {
        URI u;
        try {
            u = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InputException("--server: not a URL: '" + text + "'");
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
            throw new InputException("--server: expected http://HOST:PORT, got '" + text + "'");
        }
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/");
    }
}

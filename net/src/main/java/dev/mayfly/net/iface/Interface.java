package dev.mayfly.net.iface;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.NetStatistics;
import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.net.phy.LoopbackDevice;
import dev.mayfly.net.socket.DhcpClient;
import dev.mayfly.net.socket.InitialSequenceNumbers;
import dev.mayfly.net.socket.SegmentSink;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.UdpSocket;
import dev.mayfly.net.storage.RingBuffer;
import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.DhcpMessage;
import dev.mayfly.net.wire.EthernetFrame;
import dev.mayfly.net.wire.IcmpPacket;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.Ipv4Packet;
import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.net.wire.TcpRepr;
import dev.mayfly.net.wire.TcpSegment;
import dev.mayfly.net.wire.UdpDatagram;
import dev.mayfly.net.wire.WireError;

import java.util.ArrayList;

/**
 * An Ethernet interface with one IPv4 address: it parses received frames once, answers ARP and
 * ICMP echo, hands TCP and UDP to sockets, and sends what the sockets have due.
 *
 * <p>It is poll-driven and single-threaded: {@link #poll} processes every waiting frame and every
 * due transmission at the caller's time; {@link #pollAt} says when to call again. Routing knows one
 * subnet and a default gateway (RFC 1122 §3.3.1). Every dropped frame is counted in
 * {@link #statistics()} under its reason. Nothing is allocated per frame.
 */
public final class Interface implements SegmentSink {
    /** First port of the dynamic range used for ephemeral ports (RFC 6335 §6). */
    public static final int EPHEMERAL_PORT_FIRST = 49152;
    /** Frames processed per poll before transmissions get their turn. */
    public static final int RECEIVE_BUDGET = 256;
    /** Segments one socket may send per poll. */
    public static final int TRANSMIT_BURST = 64;
    /** How long a socket waits before retrying when its next hop has no ARP entry. */
    public static final long NEIGHBOR_WAIT_MILLIS = 1000;
    /** The address a connection to 127.0.0.0/8 is made from (RFC 1122 §3.2.1.3 (g)). */
    public static final int LOOPBACK_ADDRESS = Ipv4Address.of(127, 0, 0, 1);
    /** Frames that datagrams to ourselves may queue between two polls. */
    public static final int LOOPBACK_QUEUE = 64;

    private final Device device;
    /** Datagrams to our own address or 127.0.0.0/8 never reach the wire; they loop through this queue. */
    private final LoopbackDevice loopback;
    private boolean receivingFromLoopback;
    /** The last poll stopped at its receive budget: frames may still wait in the device. */
    private boolean moreToReceive;
    private final long mac;
    private final int ipMtu;
    private final NetStatistics stats = new NetStatistics();
    private final ArpCache arp = new ArpCache(64);
    private final InitialSequenceNumbers isns;
    private Ipv4Config config;
    private DhcpClient dhcp;

    private final ArrayList<TcpSocket> tcpSockets = new ArrayList<>();
    private long[] tcpHolds = new long[16];
    private final ArrayList<TcpListener> listeners = new ArrayList<>();
    private final ArrayList<UdpSocket> udpSockets = new ArrayList<>();
    private int nextEphemeralPort;
    private int identification;
    private boolean neighborMissing;
    private boolean learnedNeighbor;

    // Views and reprs reused for every frame.
    private final EthernetFrame ethernet = new EthernetFrame();
    private final ArpPacket arpPacket = new ArpPacket();
    private final Ipv4Packet ipv4 = new Ipv4Packet();
    private final IcmpPacket icmp = new IcmpPacket();
    private final UdpDatagram udp = new UdpDatagram();
    private final TcpSegment tcpSegment = new TcpSegment();
    private final TcpRepr tcpRepr = new TcpRepr();
    private final TcpRepr replyRepr = new TcpRepr();
    private final DhcpMessage dhcpMessage = new DhcpMessage();

    /**
     * Creates an interface over {@code device} with MAC {@code mac} (0 to take the device's) and the
     * given IPv4 configuration; {@code seed} keys initial sequence numbers and port choice and
     * should come from boot-time entropy.
     */
    public Interface(Device device, long mac, Ipv4Config config, long seed) {
        this.device = device;
        this.mac = mac != 0 ? mac : device.macAddress();
        if (!MacAddress.isUnicast(this.mac)) {
            throw new IllegalArgumentException("not a unicast MAC: " + MacAddress.toString(this.mac));
        }
        this.ipMtu = Math.min(device.maxFrameLength() - EthernetFrame.HEADER_LENGTH, 65535);
        if (ipMtu < 576) {
            throw new IllegalArgumentException("IP MTU below 576 (RFC 791): " + ipMtu);
        }
        this.loopback = new LoopbackDevice(device.maxFrameLength(), LOOPBACK_QUEUE);
        this.isns = new InitialSequenceNumbers(seed);
        this.nextEphemeralPort = EPHEMERAL_PORT_FIRST + (int) (((seed * 0x9e3779b97f4a7c15L) >>> 1) % 16384);
        if (config.isDhcp()) {
            this.config = Ipv4Config.unconfigured();
            this.dhcp = new DhcpClient(this.mac, seed);
        } else {
            this.config = config;
        }
    }

    public long macAddress() { return mac; }
    public Ipv4Config config() { return config; }
    public NetStatistics statistics() { return stats; }
    public ArpCache arpCache() { return arp; }
    /** Returns the DHCP client, or null when the configuration is static. */
    public DhcpClient dhcpClient() { return dhcp; }
    /** Returns the largest IP datagram the device carries. */
    public int ipMtu() { return ipMtu; }
    /** Returns the MSS to advertise: IP MTU minus IPv4 and TCP headers (RFC 9293 §3.7.1). */
    public int tcpMss() { return ipMtu - Ipv4Packet.MIN_HEADER_LENGTH - TcpSegment.MIN_HEADER_LENGTH; }

    /** Replaces the IPv4 configuration (for example from the kernel command line). */
    public void setConfig(Ipv4Config config) {
        if (config.isDhcp()) {
            if (dhcp == null) {
                dhcp = new DhcpClient(mac, nextEphemeralPort);
            }
            this.config = Ipv4Config.unconfigured();
        } else {
            dhcp = null;
            this.config = config;
        }
        arp.clear();
    }

    // ------------------------------------------------------------------ sockets

    /** Starts listening on {@code port} (0 picks a free ephemeral port); connections get rings of the given sizes. */
    public TcpListener listen(int port, int backlog, int rxCapacity, int txCapacity) {
        if (port == 0) {
            port = ephemeralPort(0, 0);
        }
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port " + port);
        }
        for (TcpListener l : listeners) {
            if (l.localPort() == port && !l.isClosed()) {
                throw new IllegalStateException("port " + port + " already listening");
            }
        }
        TcpListener listener = new TcpListener(0, port, backlog, rxCapacity, txCapacity);
        listener.setMaximumSegmentSize(tcpMss());
        listeners.add(listener);
        return listener;
    }

    /** Stops a listener (its unaccepted connections are aborted). */
    public void unlisten(TcpListener listener) {
        listener.close();
        listeners.remove(listener);
    }

    /** Opens {@code socket} to {@code remoteAddress:remotePort} from an ephemeral local port. */
    public void connect(TcpSocket socket, long now, int remoteAddress, int remotePort) {
        connect(socket, now, remoteAddress, remotePort, ephemeralPort(remoteAddress, remotePort));
    }

    /** Opens {@code socket} to {@code remoteAddress:remotePort} from {@code localPort}. */
    public void connect(TcpSocket socket, long now, int remoteAddress, int remotePort, int localPort) {
        boolean toLoopback = Ipv4Address.isLoopback(remoteAddress);
        if (!config.isConfigured() && !toLoopback) {
            throw new IllegalStateException("interface has no IPv4 address");
        }
        if (remoteAddress == 0 || Ipv4Address.isMulticast(remoteAddress) || remoteAddress == Ipv4Address.BROADCAST
                || remotePort <= 0 || remotePort > 0xffff) {
            throw new IllegalArgumentException("cannot connect to " + Ipv4Address.toString(remoteAddress) + ":" + remotePort);
        }
        socket.setMaximumSegmentSize(tcpMss());
        socket.connect(now, toLoopback ? LOOPBACK_ADDRESS : config.address(), localPort, remoteAddress, remotePort);
        addSocket(socket);
    }

    /** Adds a socket to the set this interface serves (connect and listeners do this themselves). */
    public void addSocket(TcpSocket socket) {
        socket.attach(stats, isns);
        if (!tcpSockets.contains(socket)) {
            if (tcpSockets.size() == tcpHolds.length) {
                tcpHolds = java.util.Arrays.copyOf(tcpHolds, tcpHolds.length * 2);
            }
            tcpHolds[tcpSockets.size()] = 0;
            tcpSockets.add(socket);
        }
    }

    /**
     * Whether a TCP connection is still closing: its FIN not yet acknowledged, or (after that) the
     * peer's FIN not yet received — FIN-WAIT-1, FIN-WAIT-2, CLOSING or LAST-ACK (RFC 9293 §3.3.2).
     */
    public boolean anyTcpClosing() {
        for (int i = 0; i < tcpSockets.size(); i++) {
            switch (tcpSockets.get(i).state()) {
                case FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Returns the number of TCP sockets served, listeners' half-open connections included. */
    public int tcpSocketCount() { return tcpSockets.size(); }

    /** Adds a bound UDP socket. */
    public void addSocket(UdpSocket socket) {
        if (!udpSockets.contains(socket)) {
            udpSockets.add(socket);
        }
    }

    public void removeSocket(UdpSocket socket) {
        udpSockets.remove(socket);
    }

    private int ephemeralPort(int remoteAddress, int remotePort) {
        for (int tries = 0; tries < 16384; tries++) {
            int port = nextEphemeralPort;
            nextEphemeralPort = port == 65535 ? EPHEMERAL_PORT_FIRST : port + 1;
            if (!portInUse(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free ephemeral port");
    }

    private boolean portInUse(int port) {
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).localPort() == port && !listeners.get(i).isClosed()) {
                return true;
            }
        }
        for (int i = 0; i < tcpSockets.size(); i++) {
            if (tcpSockets.get(i).localPort() == port) {
                return true;
            }
        }
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).localPort() == port) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ polling

    /**
     * Processes received frames and sends everything due at {@code now}; returns whether anything
     * was received or sent.
     */
    public boolean poll(long now) {
        boolean activity = false;
        moreToReceive = true;
        for (int i = 0; i < RECEIVE_BUDGET; i++) {
            FrameBuffer frame = device.receive(now);
            if (frame == null) {
                moreToReceive = false;
                break;
            }
            activity = true;
            processFrame(now, frame);
        }
        receivingFromLoopback = true;
        for (int i = 0; i < LOOPBACK_QUEUE; i++) {
            FrameBuffer frame = loopback.receive(now);
            if (frame == null) {
                break;
            }
            activity = true;
            processFrame(now, frame);
        }
        receivingFromLoopback = false;
        if (dhcp != null) {
            while (dhcp.dispatch(now, this)) {
                activity = true;
            }
            applyDhcp();
        }
        if (learnedNeighbor) {
            learnedNeighbor = false;
            java.util.Arrays.fill(tcpHolds, 0);
        }
        for (int i = 0; i < tcpSockets.size(); i++) {
            TcpSocket s = tcpSockets.get(i);
            if (tcpHolds[i] > now) {
                continue;
            }
            neighborMissing = false;
            for (int n = 0; n < TRANSMIT_BURST && s.dispatch(now, this); n++) {
                activity = true;
            }
            if (neighborMissing) {
                tcpHolds[i] = now + NEIGHBOR_WAIT_MILLIS;
            }
        }
        for (int i = 0; i < udpSockets.size(); i++) {
            UdpSocket u = udpSockets.get(i);
            for (int n = 0; n < TRANSMIT_BURST && u.dispatch(now, config.address(), this); n++) {
                activity = true;
            }
        }
        removeFinishedSockets();
        return activity;
    }

    private void removeFinishedSockets() {
        for (int i = tcpSockets.size() - 1; i >= 0; i--) {
            if (tcpSockets.get(i).isFinished()) {
                int last = tcpSockets.size() - 1;
                tcpSockets.set(i, tcpSockets.get(last));
                tcpHolds[i] = tcpHolds[last];
                tcpSockets.remove(last);
            }
        }
    }

    private void applyDhcp() {
        if (dhcp.takeChange()) {
            int[] dns = new int[dhcp.dnsServerCount()];
            for (int i = 0; i < dns.length; i++) {
                dns[i] = dhcp.dnsServer(i);
            }
            config = dhcp.address() == 0 ? Ipv4Config.unconfigured()
                    : Ipv4Config.ofStatic(dhcp.address(), dhcp.prefixLength(), dhcp.router(), dns);
        }
    }

    /**
     * Returns the time the interface next needs {@link #poll} even if no frame arrives: 0 when it
     * has work now, {@link Long#MAX_VALUE} when it waits only for frames.
     */
    public long pollAt() {
        if (loopback.pending() > 0 || moreToReceive) {
            return 0;
        }
        long at = Long.MAX_VALUE;
        for (int i = 0; i < tcpSockets.size(); i++) {
            long t = Math.max(tcpSockets.get(i).pollAt(), tcpHolds[i]);
            at = Math.min(at, t);
        }
        for (int i = 0; i < udpSockets.size(); i++) {
            at = Math.min(at, udpSockets.get(i).pollAt());
        }
        if (dhcp != null) {
            at = Math.min(at, dhcp.pollAt());
        }
        return at;
    }

    // ------------------------------------------------------------------ receive path

    private void processFrame(long now, FrameBuffer frame) {
        stats.count(NetCounter.ETH_RX_FRAMES);
        if (frame.length() > device.maxFrameLength()) {
            stats.count(NetCounter.ETH_DROP_OVERSIZED);
            return;
        }
        if (ethernet.wrap(frame.data(), frame.offset(), frame.length()) != WireError.NONE) {
            stats.count(NetCounter.ETH_DROP_TRUNCATED);
            return;
        }
        long dst = ethernet.destination();
        if (dst != mac && dst != MacAddress.BROADCAST) {
            stats.count(NetCounter.ETH_DROP_NOT_FOR_US);
            return;
        }
        switch (ethernet.etherType()) {
            case EthernetFrame.ETHERTYPE_ARP -> processArp(now);
            case EthernetFrame.ETHERTYPE_IPV4 -> processIpv4(now);
            default -> stats.count(NetCounter.ETH_DROP_UNKNOWN_ETHERTYPE);
        }
    }

    private void processArp(long now) {
        WireError e = arpPacket.wrap(ethernet.buffer(), ethernet.payloadOffset(), ethernet.payloadLength());
        if (e != WireError.NONE) {
            stats.count(e == WireError.TRUNCATED ? NetCounter.ARP_DROP_TRUNCATED : NetCounter.ARP_DROP_UNSUPPORTED);
            return;
        }
        stats.count(NetCounter.ARP_RX);
        long senderMac = arpPacket.senderMac();
        int senderIp = arpPacket.senderIp();
        if (!MacAddress.isUnicast(senderMac) || senderIp == 0 || senderIp == Ipv4Address.BROADCAST
                || Ipv4Address.isMulticast(senderIp)) {
            stats.count(NetCounter.ARP_DROP_BAD_SENDER);
            return;
        }
        boolean forUs = config.isConfigured() && arpPacket.targetIp() == config.address();
        // RFC 826 "merge": refresh a known sender; add it if the request is for us.
        if (forUs || arp.contains(senderIp, now)) {
            if (arp.insert(senderIp, senderMac, now)) {
                stats.count(NetCounter.ARP_CACHE_EVICTIONS);
            }
            learnedNeighbor = true;
        }
        if (!forUs) {
            stats.count(NetCounter.ARP_DROP_NOT_FOR_US);
            return;
        }
        if (arpPacket.operation() == ArpPacket.OPERATION_REQUEST) {
            FrameBuffer out = device.transmitBuffer(now, EthernetFrame.HEADER_LENGTH + ArpPacket.LENGTH);
            if (out == null) {
                stats.count(NetCounter.TX_DROP_NO_BUFFER);
                return;
            }
            byte[] b = out.data();
            int at = out.offset();
            EthernetFrame.writeHeader(b, at, senderMac, mac, EthernetFrame.ETHERTYPE_ARP);
            ArpPacket.write(b, at + EthernetFrame.HEADER_LENGTH, ArpPacket.OPERATION_REPLY, mac, config.address(), senderMac, senderIp);
            transmit(now, out, EthernetFrame.HEADER_LENGTH + ArpPacket.LENGTH);
            stats.count(NetCounter.ARP_REPLIES_SENT);
        }
    }

    private void processIpv4(long now) {
        WireError e = ipv4.wrap(ethernet.buffer(), ethernet.payloadOffset(), ethernet.payloadLength());
        if (e != WireError.NONE) {
            stats.count(switch (e) {
                case BAD_VERSION -> NetCounter.IPV4_DROP_BAD_VERSION;
                case BAD_HEADER_LENGTH -> NetCounter.IPV4_DROP_BAD_HEADER_LENGTH;
                case BAD_LENGTH -> NetCounter.IPV4_DROP_BAD_LENGTH;
                case BAD_CHECKSUM -> NetCounter.IPV4_DROP_BAD_CHECKSUM;
                default -> NetCounter.IPV4_DROP_TRUNCATED;
            });
            return;
        }
        stats.count(NetCounter.IPV4_RX);
        if (ipv4.isFragment()) {
            stats.count(NetCounter.IPV4_DROP_FRAGMENT); // no reassembly (README: not supported)
            return;
        }
        int src = ipv4.source();
        int dst = ipv4.destination();
        if (!receivingFromLoopback && (Ipv4Address.isLoopback(src) || Ipv4Address.isLoopback(dst))) {
            stats.count(NetCounter.IPV4_DROP_BAD_SOURCE); // 127/8 must never appear on a wire (RFC 1122 §3.2.1.3 (g))
            return;
        }
        if (src == Ipv4Address.BROADCAST || Ipv4Address.isMulticast(src)
                || (config.isConfigured() && (src == config.subnetBroadcast() && config.prefixLength() < 31))) {
            stats.count(NetCounter.IPV4_DROP_BAD_SOURCE);
            return;
        }
        boolean unicastToUs = (config.isConfigured() && dst == config.address()) || Ipv4Address.isLoopback(dst);
        boolean broadcast = dst == Ipv4Address.BROADCAST || (config.isConfigured() && dst == config.subnetBroadcast());
        boolean dhcpReply = dhcp != null && ipv4.protocol() == Ipv4Packet.PROTOCOL_UDP;
        if (!unicastToUs && !broadcast && !dhcpReply) {
            stats.count(NetCounter.IPV4_DROP_NOT_FOR_US);
            return;
        }
        if (unicastToUs && src != 0 && config.inSubnet(src) && arp.contains(src, now)) {
            arp.insert(src, ethernet.source(), now); // refresh a known neighbour from its traffic
        }
        switch (ipv4.protocol()) {
            case Ipv4Packet.PROTOCOL_ICMP -> processIcmp(now, unicastToUs);
            case Ipv4Packet.PROTOCOL_UDP -> processUdp(now, unicastToUs);
            case Ipv4Packet.PROTOCOL_TCP -> processTcp(now, unicastToUs);
            default -> stats.count(NetCounter.IPV4_DROP_UNKNOWN_PROTOCOL);
        }
    }

    private void processIcmp(long now, boolean unicastToUs) {
        WireError e = icmp.wrap(ipv4.buffer(), ipv4.payloadOffset(), ipv4.payloadLength());
        if (e != WireError.NONE) {
            stats.count(e == WireError.BAD_CHECKSUM ? NetCounter.ICMP_DROP_BAD_CHECKSUM : NetCounter.ICMP_DROP_TRUNCATED);
            return;
        }
        stats.count(NetCounter.ICMP_RX);
        if (icmp.type() != IcmpPacket.TYPE_ECHO_REQUEST || !unicastToUs) {
            stats.count(NetCounter.ICMP_DROP_UNSUPPORTED_TYPE);
            return;
        }
        int dataLength = icmp.dataLength();
        int ipLength = IcmpPacket.HEADER_LENGTH + dataLength;
        int at = beginIpv4(now, ipv4.source(), Ipv4Packet.PROTOCOL_ICMP, ipLength);
        if (at < 0) {
            return;
        }
        byte[] b = pendingFrame.data();
        System.arraycopy(icmp.buffer(), icmp.dataOffset(), b, at + IcmpPacket.HEADER_LENGTH, dataLength);
        IcmpPacket.writeEcho(b, at, IcmpPacket.TYPE_ECHO_REPLY, icmp.echoIdentifier(), icmp.echoSequence(), dataLength);
        finishIpv4(now, at + ipLength);
        stats.count(NetCounter.ICMP_ECHO_REPLIES_SENT);
    }

    private void processUdp(long now, boolean unicastToUs) {
        int src = ipv4.source();
        int dst = ipv4.destination();
        WireError e = udp.wrap(ipv4.buffer(), ipv4.payloadOffset(), ipv4.payloadLength(), src, dst);
        if (e != WireError.NONE) {
            stats.count(switch (e) {
                case BAD_CHECKSUM -> NetCounter.UDP_DROP_BAD_CHECKSUM;
                case BAD_LENGTH -> NetCounter.UDP_DROP_BAD_LENGTH;
                default -> NetCounter.UDP_DROP_TRUNCATED;
            });
            return;
        }
        stats.count(NetCounter.UDP_RX);
        int port = udp.destinationPort();
        if (dhcp != null && port == DhcpMessage.CLIENT_PORT && udp.sourcePort() == DhcpMessage.SERVER_PORT) {
            if (dhcpMessage.parse(udp.buffer(), udp.payloadOffset(), udp.payloadLength()) != WireError.NONE) {
                stats.count(NetCounter.DHCP_DROP_MALFORMED);
            } else if (!dhcp.process(now, dhcpMessage)) {
                stats.count(NetCounter.DHCP_DROP_UNEXPECTED);
            }
            applyDhcp();
            return;
        }
        if (!unicastToUs && !(dst == Ipv4Address.BROADCAST || dst == config.subnetBroadcast())) {
            stats.count(NetCounter.IPV4_DROP_NOT_FOR_US);
            return;
        }
        for (int i = 0; i < udpSockets.size(); i++) {
            UdpSocket u = udpSockets.get(i);
            if (u.matches(dst, port)) {
                if (!u.deliver(udp.buffer(), udp.payloadOffset(), udp.payloadLength(), src, udp.sourcePort())) {
                    stats.count(NetCounter.UDP_DROP_BUFFER_FULL);
                }
                return;
            }
        }
        stats.count(NetCounter.UDP_DROP_NO_SOCKET);
        if (unicastToUs) {
            sendPortUnreachable(now);
        }
    }

    /** ICMP destination unreachable, port unreachable (RFC 1122 §4.1.3.1), quoting the IP header and 8 bytes. */
    private void sendPortUnreachable(long now) {
        int quoted = Math.min(ipv4.totalLength(), ipv4.headerLength() + 8);
        int ipLength = IcmpPacket.HEADER_LENGTH + quoted;
        int at = beginIpv4(now, ipv4.source(), Ipv4Packet.PROTOCOL_ICMP, ipLength);
        if (at < 0) {
            return;
        }
        byte[] b = pendingFrame.data();
        System.arraycopy(ipv4.buffer(), ipv4.payloadOffset() - ipv4.headerLength(), b, at + IcmpPacket.HEADER_LENGTH, quoted);
        b[at] = IcmpPacket.TYPE_DESTINATION_UNREACHABLE;
        b[at + 1] = IcmpPacket.CODE_PORT_UNREACHABLE;
        b[at + 2] = b[at + 3] = b[at + 4] = b[at + 5] = b[at + 6] = b[at + 7] = 0;
        int sum = dev.mayfly.net.wire.InternetChecksum.finish(dev.mayfly.net.wire.InternetChecksum.add(0, b, at, ipLength));
        dev.mayfly.net.wire.NetworkBytes.put16(b, at + 2, sum);
        finishIpv4(now, at + ipLength);
        stats.count(NetCounter.ICMP_PORT_UNREACHABLE_SENT);
    }

    private void processTcp(long now, boolean unicastToUs) {
        int src = ipv4.source();
        int dst = ipv4.destination();
        WireError e = tcpSegment.wrap(ipv4.buffer(), ipv4.payloadOffset(), ipv4.payloadLength(), src, dst);
        if (e != WireError.NONE) {
            stats.count(switch (e) {
                case BAD_CHECKSUM -> NetCounter.TCP_DROP_BAD_CHECKSUM;
                case BAD_HEADER_LENGTH -> NetCounter.TCP_DROP_BAD_HEADER_LENGTH;
                case MALFORMED_OPTION -> NetCounter.TCP_DROP_MALFORMED_OPTION;
                default -> NetCounter.TCP_DROP_TRUNCATED;
            });
            return;
        }
        stats.count(NetCounter.TCP_RX);
        if (!unicastToUs || src == 0) {
            stats.count(NetCounter.TCP_DROP_BAD_ADDRESS); // RFC 9293 §3.9.1.3: TCP is unicast only
            return;
        }
        TcpRepr seg = tcpRepr;
        seg.parse(tcpSegment);
        int srcPort = seg.sourcePort;
        int dstPort = seg.destinationPort;
        for (int i = 0; i < tcpSockets.size(); i++) {
            TcpSocket s = tcpSockets.get(i);
            if (s.matches(dst, dstPort, src, srcPort)) {
                s.process(now, seg);
                return;
            }
        }
        for (int i = 0; i < listeners.size(); i++) {
            TcpListener l = listeners.get(i);
            if (l.localPort() == dstPort && !l.isClosed() && (l.localAddress() == 0 || l.localAddress() == dst)) {
                if (seg.has(TcpRepr.RST)) {
                    return; // RFC 9293 §3.10.7.2: ignore
                }
                if (seg.has(TcpRepr.ACK) || !seg.has(TcpRepr.SYN)) {
                    break; // no connection: answer with a reset below
                }
                TcpSocket child = l.spawn(dst, src, srcPort);
                if (child == null) {
                    stats.count(NetCounter.TCP_DROP_SYN_BACKLOG_FULL);
                    return;
                }
                addSocket(child);
                child.process(now, seg);
                return;
            }
        }
        replyReset(now, src, dst, seg);
    }

    /** Answers a segment for no connection with a reset (RFC 9293 §3.10.7.1). */
    private void replyReset(long now, int src, int dst, TcpRepr seg) {
        if (seg.has(TcpRepr.RST)) {
            return;
        }
        TcpRepr r = replyRepr.clear();
        r.sourcePort = seg.destinationPort;
        r.destinationPort = seg.sourcePort;
        if (seg.has(TcpRepr.ACK)) {
            r.sequenceNumber = seg.acknowledgmentNumber;
            r.flags = TcpRepr.RST;
        } else {
            r.sequenceNumber = 0;
            r.acknowledgmentNumber = seg.sequenceNumber + seg.sequenceLength();
            r.flags = TcpRepr.RST | TcpRepr.ACK;
        }
        if (sendTcp(now, dst, src, r, null, 0)) {
            stats.count(NetCounter.TCP_RST_SENT_NO_CONNECTION);
        }
    }

    // ------------------------------------------------------------------ transmit path

    private FrameBuffer pendingFrame;
    private Device pendingTarget;
    private int pendingIpStart;

    /**
     * Resolves the next hop, lends a frame and writes Ethernet and IPv4 headers for a payload of
     * {@code ipPayloadLength}; returns the offset of the IP payload in {@code pendingFrame}, -1 if it
     * cannot be sent now, or -2 if it can never be sent (larger than the link's frames).
     */
    private int beginIpv4(long now, int destination, int protocol, int ipPayloadLength) {
        return beginIpv4(now, config.address(), destination, protocol, ipPayloadLength);
    }

    private int beginIpv4(long now, int source, int destination, int protocol, int ipPayloadLength) {
        long dstMac;
        Device target = device;
        if (Ipv4Address.isLoopback(destination) || (config.isConfigured() && destination == config.address())) {
            dstMac = mac;
            target = loopback;
        } else if (destination == Ipv4Address.BROADCAST || (config.isConfigured() && destination == config.subnetBroadcast())) {
            dstMac = MacAddress.BROADCAST;
        } else {
            int nextHop;
            if (config.inSubnet(destination)) {
                nextHop = destination;
            } else if (config.gateway() != 0) {
                nextHop = config.gateway();
            } else {
                stats.count(NetCounter.IPV4_TX_NO_ROUTE);
                neighborMissing = true;
                return -1;
            }
            dstMac = arp.lookup(nextHop, now);
            if (dstMac == ArpCache.MISSING) {
                stats.count(NetCounter.IPV4_TX_NEIGHBOR_PENDING);
                neighborMissing = true;
                sendArpRequest(now, nextHop);
                return -1;
            }
        }
        int total = EthernetFrame.HEADER_LENGTH + Ipv4Packet.MIN_HEADER_LENGTH + ipPayloadLength;
        if (total > device.maxFrameLength()) {
            stats.count(NetCounter.TX_DROP_TOO_BIG); // never fragmented (DF): dropped as if lost on the wire
            return -2;
        }
        FrameBuffer out = target.transmitBuffer(now, total);
        if (out == null) {
            stats.count(NetCounter.TX_DROP_NO_BUFFER);
            return -1;
        }
        pendingTarget = target;
        byte[] b = out.data();
        int at = out.offset();
        EthernetFrame.writeHeader(b, at, dstMac, mac, EthernetFrame.ETHERTYPE_IPV4);
        Ipv4Packet.writeHeader(b, at + EthernetFrame.HEADER_LENGTH, source, destination, protocol, ipPayloadLength,
                Ipv4Packet.DEFAULT_TTL, identification++ & 0xffff);
        pendingFrame = out;
        pendingIpStart = at + EthernetFrame.HEADER_LENGTH;
        return pendingIpStart + Ipv4Packet.MIN_HEADER_LENGTH;
    }

    private void finishIpv4(long now, int end) {
        FrameBuffer out = pendingFrame;
        pendingFrame = null;
        if (pendingTarget == loopback) {
            out.setLength(end - out.offset());
            loopback.transmit(now, out);
            return;
        }
        transmit(now, out, end - out.offset());
    }

    private void transmit(long now, FrameBuffer out, int length) {
        out.setLength(length);
        device.transmit(now, out);
        stats.count(NetCounter.ETH_TX_FRAMES);
    }

    private void sendArpRequest(long now, int address) {
        if (!config.isConfigured() || !arp.mayRequest(address, now)) {
            return;
        }
        FrameBuffer out = device.transmitBuffer(now, EthernetFrame.HEADER_LENGTH + ArpPacket.LENGTH);
        if (out == null) {
            stats.count(NetCounter.TX_DROP_NO_BUFFER);
            return;
        }
        EthernetFrame.writeHeader(out.data(), out.offset(), MacAddress.BROADCAST, mac, EthernetFrame.ETHERTYPE_ARP);
        ArpPacket.write(out.data(), out.offset() + EthernetFrame.HEADER_LENGTH, ArpPacket.OPERATION_REQUEST,
                mac, config.address(), 0, address);
        transmit(now, out, EthernetFrame.HEADER_LENGTH + ArpPacket.LENGTH);
        stats.count(NetCounter.ARP_REQUESTS_SENT);
    }

    @Override
    public boolean sendTcp(long now, int source, int destination, TcpRepr repr, RingBuffer payload, int payloadOffset) {
        int headerLength = repr.headerLength();
        int segmentLength = headerLength + repr.payloadLength;
        int at = beginIpv4(now, source, destination, Ipv4Packet.PROTOCOL_TCP, segmentLength);
        if (at < 0) {
            return at == -2; // too big: consumed (and counted), so the socket does not spin on it
        }
        byte[] b = pendingFrame.data();
        repr.writeHeader(b, at);
        if (repr.payloadLength > 0) {
            payload.peek(payloadOffset, b, at + headerLength, repr.payloadLength);
        }
        TcpSegment.fillChecksum(b, at, segmentLength, source, destination);
        finishIpv4(now, at + segmentLength);
        stats.count(NetCounter.TCP_TX);
        return true;
    }

    @Override
    public boolean sendUdp(long now, int source, int destination, int sourcePort, int destinationPort,
                           byte[] data, int offset, int length) {
        int at = beginIpv4(now, source, destination, Ipv4Packet.PROTOCOL_UDP, UdpDatagram.HEADER_LENGTH + length);
        if (at < 0) {
            return at == -2; // too big for the link: dropped and counted
        }
        byte[] b = pendingFrame.data();
        System.arraycopy(data, offset, b, at + UdpDatagram.HEADER_LENGTH, length);
        UdpDatagram.writeHeader(b, at, source, destination, sourcePort, destinationPort, length);
        finishIpv4(now, at + UdpDatagram.HEADER_LENGTH + length);
        return true;
    }
}

package dev.mayfly.jdk.lang;

/**
 * The constants of the correctly rounded Math functions, each a value v written as the
 * double-double (nearest double of v, nearest double of the rest), and the bits of 2/π. Computed
 * with BigDecimal by tools/math-survey/MathTables.java; MathConstantsTest recomputes them.
 */
final class MathConstants {
    private MathConstants() {
    }

    static final double PI_OVER_2_HI = 0x1.921fb54442d18p0;
    static final double PI_OVER_2_LO = 0x1.1a62633145c07p-54;
    static final double LN2_HI = 0x1.62e42fefa39efp-1;
    static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    static final double INV_LN10_HI = 0x1.bcb7b1526e50ep-2;
    static final double INV_LN10_LO = 0x1.95355baaafad3p-57;
    /**
     * ln(2)/64 in three pieces: the first two of 36 significant bits, so that k times them is
     * exact for |k| < 2^17 (Cody and Waite's reduction), the third the nearest double of the rest.
     */
    static final double LN2_BY_64_1 = 0x1.62e42fefap-7;
    static final double LN2_BY_64_2 = 0x1.cf79abc9ep-46;
    static final double LN2_BY_64_3 = 0x1.d9cc01f97b57ap-85;

    /**
     * π/2 in three pieces for Cody and Waite's reduction: the first two of 33 significant bits, so
     * that k times them is exact for |k| < 2^20, the third the nearest double of the rest.
     */
    static final double PI_OVER_2_1 = 0x1.921fb544p0;
    static final double PI_OVER_2_2 = 0x1.0b4611a6p-34;
    static final double PI_OVER_2_3 = 0x1.3198a2e037073p-69;
    /** sin(j/64) for j = 0..51, high parts. */
    static final double[] SIN_HI = {
        0x0.0p0, 0x1.fffaaaaeeeed5p-7, 0x1.ffeaaaeeee86fp-6,
        0x1.7fdc01032fba9p-5, 0x1.ffaaaeeed4edbp-5, 0x1.3facb12d1755bp-4,
        0x1.7f701032550e4p-4, 0x1.bf1b78568391dp-4, 0x1.feaaeee86ee36p-4,
        0x1.1f0d3d7afceafp-3, 0x1.3eb312c5d66cbp-3, 0x1.5e44fcfa126f3p-3,
        0x1.7dc102fbaf2b5p-3, 0x1.9d252d0cec312p-3, 0x1.bc6f84edc6199p-3,
        0x1.db9e15fb5a5dp-3, 0x1.faaeed4f31577p-3, 0x1.0cd00cef36436p-2,
        0x1.1c37d64c6b876p-2, 0x1.2b8ddc43eb49fp-2, 0x1.3ad129769d3d8p-2,
        0x1.4a00c9b0f3d2p-2, 0x1.591bc9fa2f597p-2, 0x1.682138a38d7f7p-2,
        0x1.7710255764214p-2, 0x1.85e7a12826949p-2, 0x1.94a6be9f546c5p-2,
        0x1.a34c91cc50ccap-2, 0x1.b1d8305321617p-2, 0x1.c048b17b140a3p-2,
        0x1.ce9d2e3d4a51fp-2, 0x1.dcd4c15329c9ap-2, 0x1.eaee8744b05fp-2,
        0x1.f8e99e76abc97p-2, 0x1.0362939c69955p-1, 0x1.0a4021e9e1001p-1,
        0x1.110d0c4b69c3bp-1, 0x1.17c8e5f2eedbp-1, 0x1.1e7343236574cp-1,
        0x1.250bb93788bbbp-1, 0x1.2b91dea88421ep-1, 0x1.32054b148bc4fp-1,
        0x1.386597456282bp-1, 0x1.3eb25d36cd53ap-1, 0x1.44eb381cf386bp-1,
        0x1.4b0fc46aab761p-1, 0x1.511f9fd7b351cp-1, 0x1.571a6966d59b3p-1,
        0x1.5cffc16bf8f0dp-1, 0x1.62cf49921ac79p-1, 0x1.6888a4e134b2fp-1,
        0x1.6e2b77c40bde1p-1,
    };
    /** sin(j/64) for j = 0..51, low parts. */
    static final double[] SIN_LO = {
        0x0.0p0, -0x1.2ab639a9f0776p-63, -0x1.cd406fb224ae2p-60,
        -0x1.599bdf46e997ap-59, -0x1.2d16d32684b69p-59, -0x1.921915299468bp-58,
        0x1.afc2d1800501ap-60, 0x1.e91841dea4cc8p-58, -0x1.afcb2bcc6f03bp-59,
        -0x1.6ef95099769a5p-57, 0x1.47d666b66cb91p-57, -0x1.6f443063f89b6p-57,
        0x1.5ab50e23c97c3p-59, 0x1.9c43d80b1137dp-58, 0x1.9c1a56a7b0cabp-57,
        -0x1.32e20d6cc6fc2p-57, -0x1.15d88508e32b8p-57, -0x1.9fb0a0c93e2b4p-56,
        0x1.46076fe0dcff4p-56, 0x1.1553899f2d807p-57, 0x1.03d550487839ap-63,
        0x1.823ba6bb08eadp-56, 0x1.7c74bac3fe0cbp-57, -0x1.d889202444aadp-56,
        -0x1.6ead7314bb6cep-57, 0x1.8a40e9b5facep-56, -0x1.69ce13e683f58p-56,
        -0x1.a310e3b50cecdp-58, -0x1.ae242cb99f519p-56, 0x1.19fe6757e9fa7p-57,
        -0x1.2fc8a12dae298p-57, 0x1.0d4c6e171fd9ap-56, -0x1.789b43c9b027dp-58,
        0x1.9d950af2d00a3p-58, -0x1.2d8cd78397b01p-55, -0x1.6f643a13914f6p-55,
        0x1.d918998809981p-55, 0x1.35e57102e2488p-57, 0x1.22a3fa4f41d5ap-56,
        0x1.ea3d02457bccep-56, -0x1.fa371db216abp-55, 0x1.f6b42095a135bp-55,
        -0x1.10fada93b07a8p-56, -0x1.be570e1570fcp-58, -0x1.3ed6c1e6a5505p-55,
        0x1.0da05738cc59cp-61, -0x1.5c0e861c48831p-55, 0x1.c843b4d0fb197p-58,
        0x1.96cb370eb578ap-55, -0x1.edd9855b6241ap-55, -0x1.6b7d37644d5e6p-55,
        -0x1.0e729857fad53p-56,
    };
    /** cos(j/64) for j = 0..51, high parts. */
    static final double[] COS_HI = {
        0x1.0p0, 0x1.fff000155549fp-1, 0x1.ffc00155527d3p-1,
        0x1.ff7006bfdf99fp-1, 0x1.ff0015549f4d3p-1, 0x1.fe7034129ef6fp-1,
        0x1.fdc06bf7e6b9bp-1, 0x1.fcf0c800e99b1p-1, 0x1.fc015527d5bd3p-1,
        0x1.faf22263c4bd3p-1, 0x1.f9c340a7cc428p-1, 0x1.f874c2e1eecf6p-1,
        0x1.f706bdf9ece1cp-1, 0x1.f57948cff6797p-1, 0x1.f3cc7c3b3d16ep-1,
        0x1.f20073086649fp-1, 0x1.f01549f7deea1p-1, 0x1.ee0b1fbc0f11cp-1,
        0x1.ebe214f76efa8p-1, 0x1.e99a4c3a7cd83p-1, 0x1.e733ea0193d4p-1,
        0x1.e4af14b2a449cp-1, 0x1.e20bf49acd6c1p-1, 0x1.df4ab3ebd875ep-1,
        0x1.dc6b7eb995912p-1, 0x1.d96e82f71a9dcp-1, 0x1.d653f073e404p-1,
        0x1.d31bf8d8d7c06p-1, 0x1.cfc6cfa52ad9fp-1, 0x1.cc54aa2b2972ep-1,
        0x1.c8c5bf8ce1a84p-1, 0x1.c51a48b8b175ep-1, 0x1.c1528065b7d5p-1,
        0x1.bd6ea310294f5p-1, 0x1.b96eeef58840ep-1, 0x1.b553a410c104ep-1,
        0x1.b11d04162a4c6p-1, 0x1.accb526f69de5p-1, 0x1.a85ed4373e02dp-1,
        0x1.a3d7d0352bdcfp-1, 0x1.9f368ed912f85p-1, 0x1.9a7b5a36a6514p-1,
        0x1.95a67e00cb1fdp-1, 0x1.90b84784ddaf7p-1, 0x1.8bb105a5dc9p-1,
        0x1.869108d77a6c6p-1, 0x1.8158a31916d5dp-1, 0x1.7c0827f09e54fp-1,
        0x1.769fec655211fp-1, 0x1.712046fa77678p-1, 0x1.6b898fa9efb5dp-1,
        0x1.65dc1fdeb8cbap-1,
    };
    /** cos(j/64) for j = 0..51, low parts. */
    static final double[] COS_LO = {
        0x0.0p0, 0x1.28a28a03a5ef3p-55, -0x1.3b54492d89b5bp-55,
        -0x1.8b3b560648d5fp-56, 0x1.328387b99426fp-55, -0x1.cbf4337c96f97p-57,
        0x1.31902b535f8dbp-55, 0x1.ea3d786d186acp-57, 0x1.b68f35094efb8p-55,
        -0x1.52ace133a2769p-58, 0x1.c5b6b063b7462p-55, -0x1.c6514e1332b16p-55,
        -0x1.698c80c36dcb4p-55, 0x1.e3a0d3e03b1d4p-57, -0x1.21a3ad28a3494p-57,
        0x1.b940416c1984bp-56, 0x1.d3c1e99e5cafdp-55, -0x1.bfd2380bbc3b1p-59,
        -0x1.02f9f12ba543ep-55, -0x1.2264b1bc53ce8p-55, -0x1.6428b3546ce13p-55,
        -0x1.68ca02e8a6833p-55, -0x1.660aec7ef636bp-58, -0x1.e2d8a7e6736c4p-55,
        0x1.4b364776dcd35p-58, 0x1.ff61bd5d2039dp-55, -0x1.76236434bec37p-55,
        0x1.e60dd3089cbddp-56, 0x1.8b5b5508f2a0dp-55, 0x1.4ee162ba83a98p-57,
        0x1.ab3d1a1590123p-56, -0x1.1bbb43b9aa88p-57, -0x1.892111312e828p-55,
        0x1.31bbcc88c109dp-56, 0x1.45a3cc78fadep-58, 0x1.8ff7947027a15p-58,
        0x1.1dd561efbc0c2p-56, 0x1.8fb6a8dd6b6ccp-55, 0x1.9be06385ec792p-57,
        -0x1.68dbaeca19669p-55, -0x1.1d200c5791606p-55, 0x1.722cfcc9fa7a9p-55,
        -0x1.0befda21f862dp-55, -0x1.0feb10ab93b87p-56, 0x1.863e03e9474c1p-55,
        0x1.338ffe2bfe9ddp-56, -0x1.de8b90b8228dep-57, -0x1.c73d6d72aee68p-57,
        -0x1.827d5cf8c68c5p-57, 0x1.425b0a5029c81p-55, 0x1.15ac786ccf4b2p-56,
        -0x1.97c1b47337c77p-58,
    };
    /** 2^(j/64) for j = 0..63, high parts. */
    static final double[] EXP2_HI = {
        0x1.0p0, 0x1.02c9a3e778061p0, 0x1.059b0d3158574p0,
        0x1.0874518759bc8p0, 0x1.0b5586cf9890fp0, 0x1.0e3ec32d3d1a2p0,
        0x1.11301d0125b51p0, 0x1.1429aaea92dep0, 0x1.172b83c7d517bp0,
        0x1.1a35beb6fcb75p0, 0x1.1d4873168b9aap0, 0x1.2063b88628cd6p0,
        0x1.2387a6e756238p0, 0x1.26b4565e27cddp0, 0x1.29e9df51fdee1p0,
        0x1.2d285a6e4030bp0, 0x1.306fe0a31b715p0, 0x1.33c08b26416ffp0,
        0x1.371a7373aa9cbp0, 0x1.3a7db34e59ff7p0, 0x1.3dea64c123422p0,
        0x1.4160a21f72e2ap0, 0x1.44e086061892dp0, 0x1.486a2b5c13cdp0,
        0x1.4bfdad5362a27p0, 0x1.4f9b2769d2ca7p0, 0x1.5342b569d4f82p0,
        0x1.56f4736b527dap0, 0x1.5ab07dd485429p0, 0x1.5e76f15ad2148p0,
        0x1.6247eb03a5585p0, 0x1.6623882552225p0, 0x1.6a09e667f3bcdp0,
        0x1.6dfb23c651a2fp0, 0x1.71f75e8ec5f74p0, 0x1.75feb564267c9p0,
        0x1.7a11473eb0187p0, 0x1.7e2f336cf4e62p0, 0x1.82589994cce13p0,
        0x1.868d99b4492edp0, 0x1.8ace5422aa0dbp0, 0x1.8f1ae99157736p0,
        0x1.93737b0cdc5e5p0, 0x1.97d829fde4e5p0, 0x1.9c49182a3f09p0,
        0x1.a0c667b5de565p0, 0x1.a5503b23e255dp0, 0x1.a9e6b5579fdbfp0,
        0x1.ae89f995ad3adp0, 0x1.b33a2b84f15fbp0, 0x1.b7f76f2fb5e47p0,
        0x1.bcc1e904bc1d2p0, 0x1.c199bdd85529cp0, 0x1.c67f12e57d14bp0,
        0x1.cb720dcef9069p0, 0x1.d072d4a07897cp0, 0x1.d5818dcfba487p0,
        0x1.da9e603db3285p0, 0x1.dfc97337b9b5fp0, 0x1.e502ee78b3ff6p0,
        0x1.ea4afa2a490dap0, 0x1.efa1bee615a27p0, 0x1.f50765b6e454p0,
        0x1.fa7c1819e90d8p0,
    };
    /** 2^(j/64) for j = 0..63, low parts. */
    static final double[] EXP2_LO = {
        0x0.0p0, -0x1.19083535b085dp-56, 0x1.d73e2a475b465p-55,
        0x1.186be4bb284ffp-57, 0x1.8a62e4adc610bp-54, 0x1.03a1727c57b53p-59,
        -0x1.6c51039449b3ap-54, -0x1.32fbf9af1369ep-54, -0x1.19041b9d78a76p-55,
        0x1.e5b4c7b4968e4p-55, 0x1.e016e00a2643cp-54, 0x1.dc775814a8495p-55,
        0x1.9b07eb6c70573p-54, 0x1.2bd339940e9d9p-55, 0x1.612e8afad1255p-55,
        0x1.0024754db41d5p-54, 0x1.6f46ad23182e4p-55, 0x1.32721843659a6p-54,
        -0x1.63aeabf42eae2p-54, -0x1.5e436d661f5e3p-56, 0x1.ada0911f09ebcp-55,
        -0x1.ef3691c309278p-58, 0x1.89b7a04ef80dp-59, 0x1.3c1a3b69062fp-56,
        0x1.d4397afec42e2p-56, -0x1.4b309d25957e3p-54, -0x1.07abe1db13cadp-55,
        0x1.9bb2c011d93adp-54, 0x1.6324c054647adp-54, 0x1.ba6f93080e65ep-54,
        -0x1.383c17e40b497p-54, -0x1.bb60987591c34p-54, -0x1.bdd3413b26456p-54,
        -0x1.bbe3a683c88abp-57, -0x1.16e4786887a99p-55, -0x1.0245957316dd3p-54,
        -0x1.41577ee04992fp-55, 0x1.05d02ba15797ep-56, -0x1.d4c1dd41532d8p-54,
        -0x1.fc6f89bd4f6bap-54, 0x1.6e9f156864b27p-54, 0x1.5cc13a2e3976cp-55,
        -0x1.75fc781b57ebcp-57, -0x1.d185b7c1b85d1p-54, 0x1.c7c46b071f2bep-56,
        -0x1.359495d1cd533p-54, -0x1.d2f6edb8d41e1p-54, 0x1.0fac90ef7fd31p-54,
        0x1.7a1cd345dcc81p-54, -0x1.2805e3084d708p-57, -0x1.5584f7e54ac3bp-56,
        0x1.23dd07a2d9e84p-55, 0x1.11065895048ddp-55, 0x1.2884dff483cadp-54,
        0x1.503cbd1e949dbp-56, -0x1.cbc3743797a9cp-54, 0x1.2ed02d75b3707p-55,
        0x1.c2300696db532p-54, -0x1.1a5cd4f184b5cp-54, 0x1.39e8980a9cc8fp-55,
        -0x1.e9c23179c2893p-54, 0x1.dc7f486a4b6bp-54, 0x1.9d3e12dd8a18bp-54,
        0x1.74853f3a5931ep-55,
    };
    /** The first j of {@link #LOG_HI}: the table holds ln(j/64) for j = 48..96. */
    static final int LOG_FIRST = 48;
    /** ln(j/64) for j = 48..96, high parts. */
    static final double[] LOG_HI = {
        -0x1.269621134db92p-2, -0x1.1178e8227e47cp-2, -0x1.f991c6cb3b379p-3,
        -0x1.d1037f2655e7bp-3, -0x1.a93ed3c8ad9e3p-3, -0x1.823c16551a3c2p-3,
        -0x1.5bf406b543db2p-3, -0x1.365fcb0159016p-3, -0x1.1178e8227e47cp-3,
        -0x1.da727638446a2p-4, -0x1.9335e5d594989p-4, -0x1.4d3115d207eacp-4,
        -0x1.08598b59e3a07p-4, -0x1.894aa149fb343p-5, -0x1.0415d89e74444p-5,
        -0x1.0205658935847p-6, 0x0.0p0, 0x1.fc0a8b0fc03e4p-7,
        0x1.f829b0e7833p-6, 0x1.77458f632dcfcp-5, 0x1.f0a30c01162a6p-5,
        0x1.341d7961bd1d1p-4, 0x1.6f0d28ae56b4cp-4, 0x1.a926d3a4ad563p-4,
        0x1.e27076e2af2e6p-4, 0x1.0d77e7cd08e59p-3, 0x1.29552f81ff523p-3,
        0x1.44d2b6ccb7d1ep-3, 0x1.5ff3070a793d4p-3, 0x1.7ab890210d909p-3,
        0x1.9525a9cf456b4p-3, 0x1.af3c94e80bff3p-3, 0x1.c8ff7c79a9a22p-3,
        0x1.e27076e2af2e6p-3, 0x1.fb9186d5e3e2bp-3, 0x1.0a324e27390e3p-2,
        0x1.1675cababa60ep-2, 0x1.22941fbcf7966p-2, 0x1.2e8e2bae11d31p-2,
        0x1.3a64c556945eap-2, 0x1.4618bc21c5ec2p-2, 0x1.51aad872df82dp-2,
        0x1.5d1bdbf5809cap-2, 0x1.686c81e9b14afp-2, 0x1.739d7f6bbd007p-2,
        0x1.7eaf83b82afc3p-2, 0x1.89a3386c1425bp-2, 0x1.947941c2116fbp-2,
        0x1.9f323ecbf984cp-2,
    };
    /** ln(j/64) for j = 48..96, low parts. */
    static final double[] LOG_LO = {
        -0x1.e0efadd9db02bp-56, 0x1.0e63a5f01c691p-57, -0x1.f665066f980a2p-57,
        -0x1.60629242471a2p-57, -0x1.bcafa9de97203p-57, 0x1.1232ce70be781p-57,
        0x1.1f5b44c0df7e7p-61, -0x1.7d411a5b944adp-58, 0x1.0e63a5f01c691p-58,
        -0x1.401fa71733019p-58, 0x1.478a85704ccb7p-58, -0x1.769f42c7842ccp-58,
        0x1.dd7009902bf32p-58, -0x1.a8be97660a23dp-60, -0x1.c05cf1d753622p-59,
        -0x1.27c8e8416e71fp-60, 0x0.0p0, -0x1.83092c59642a1p-62,
        0x1.33e3f04f1ef23p-60, 0x1.18d3ca87b9296p-59, 0x1.85f325c5bbacdp-59,
        -0x1.b599f227becbbp-58, -0x1.906d99184b992p-58, 0x1.942f48aa70ea9p-58,
        -0x1.61578001e0162p-60, 0x1.9a5dc5e9030acp-57, 0x1.301771c407dbfp-57,
        0x1.9f4f6543e1f88p-57, -0x1.bc60efafc6f6ep-58, 0x1.be36b2d6a0608p-59,
        0x1.d904c1d4e2e26p-57, -0x1.398cff3641985p-58, -0x1.4f689f8434012p-57,
        -0x1.61578001e0162p-59, -0x1.caaae64f21acbp-57, 0x1.7dcfde8061c03p-56,
        0x1.ce63eab883717p-61, -0x1.76f5eb09628afp-56, -0x1.8f4cdb95ebdf9p-56,
        -0x1.c68651945f97cp-57, 0x1.f42decdeccf1dp-56, 0x1.3927ac19f55e3p-59,
        0x1.4236383dc7fe1p-56, -0x1.ddea0f7f58e3dp-57, -0x1.8c76ceb014b04p-56,
        0x1.92ce979ed295p-56, -0x1.29639dfbbf0fbp-56, -0x1.16cc8bae0bbe4p-56,
        -0x1.a92e513217f5cp-59,
    };
    /** The binary digits of 2/π in 32-bit chunks: chunk c holds those of 2^-(32c+1) down to 2^-(32c+32). */
    static final int[] TWO_OVER_PI = {
        0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041,
        0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c,
        0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41,
        0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
        0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
        0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
        0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d, 0xa9e39161, 0x5ee61b08,
    };
}

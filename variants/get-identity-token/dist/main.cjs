'use strict';
var eD = Object.create;
var IE = Object.defineProperty;
var tD = Object.getOwnPropertyDescriptor;
var rD = Object.getOwnPropertyNames;
var nD = Object.getPrototypeOf,
  oD = Object.prototype.hasOwnProperty;
var w = (A, e) => () => {
  try {
    return (e || A((e = { exports: {} }).exports, e), e.exports);
  } catch (t) {
    throw ((e = 0), t);
  }
};
var iD = (A, e, t, r) => {
  if ((e && typeof e == 'object') || typeof e == 'function')
    for (const n of rD(e))
      !oD.call(A, n) && n !== t && IE(A, n, { get: () => e[n], enumerable: !(r = tD(e, n)) || r.enumerable });
  return A;
};
var eA = (A, e, t) => (
  (t = A != null ? eD(nD(A)) : {}), iD(e || !A || !A.__esModule ? IE(t, 'default', { value: A, enumerable: !0 }) : t, A)
);
var nI = w((uY, rI) => {
  rI.exports = tI;
  tI.sync = iy;
  var AI = require('fs');
  function oy(A, e) {
    var t = e.pathExt !== void 0 ? e.pathExt : process.env.PATHEXT;
    if (!t || ((t = t.split(';')), t.indexOf('') !== -1)) return !0;
    for (var r = 0; r < t.length; r++) {
      var n = t[r].toLowerCase();
      if (n && A.substr(-n.length).toLowerCase() === n) return !0;
    }
    return !1;
  }
  function eI(A, e, t) {
    return !A.isSymbolicLink() && !A.isFile() ? !1 : oy(e, t);
  }
  function tI(A, e, t) {
    AI.stat(A, (r, n) => {
      t(r, r ? !1 : eI(n, A, e));
    });
  }
  function iy(A, e) {
    return eI(AI.statSync(A), A, e);
  }
});
var QI = w((fY, gI) => {
  gI.exports = iI;
  iI.sync = sy;
  var oI = require('fs');
  function iI(A, e, t) {
    oI.stat(A, (r, n) => {
      t(r, r ? !1 : sI(n, e));
    });
  }
  function sy(A, e) {
    return sI(oI.statSync(A), e);
  }
  function sI(A, e) {
    return A.isFile() && gy(A, e);
  }
  function gy(A, e) {
    var t = A.mode,
      r = A.uid,
      n = A.gid,
      o = e.uid !== void 0 ? e.uid : process.getuid && process.getuid(),
      i = e.gid !== void 0 ? e.gid : process.getgid && process.getgid(),
      s = 0o100,
      g = 0o010,
      Q = 0o001,
      I = s | g,
      B = t & Q || (t & g && n === i) || (t & s && r === o) || (t & I && o === 0);
    return B;
  }
});
var II = w((DY, EI) => {
  var dY = require('fs'),
    en;
  process.platform === 'win32' || global.TESTING_WINDOWS ? (en = nI()) : (en = QI());
  EI.exports = gi;
  gi.sync = Qy;
  function gi(A, e, t) {
    if ((typeof e == 'function' && ((t = e), (e = {})), !t)) {
      if (typeof Promise != 'function') throw new TypeError('callback not provided');
      return new Promise((r, n) => {
        gi(A, e || {}, (o, i) => {
          o ? n(o) : r(i);
        });
      });
    }
    en(A, e || {}, (r, n) => {
      r && (r.code === 'EACCES' || (e && e.ignoreErrors)) && ((r = null), (n = !1)), t(r, n);
    });
  }
  function Qy(A, e) {
    try {
      return en.sync(A, e || {});
    } catch (t) {
      if ((e && e.ignoreErrors) || t.code === 'EACCES') return !1;
      throw t;
    }
  }
});
var uI = w((yY, hI) => {
  var it = process.platform === 'win32' || process.env.OSTYPE === 'cygwin' || process.env.OSTYPE === 'msys',
    BI = require('path'),
    Ey = it ? ';' : ':',
    aI = II(),
    CI = (A) => Object.assign(new Error(`not found: ${A}`), { code: 'ENOENT' }),
    cI = (A, e) => {
      const t = e.colon || Ey,
        r =
          A.match(/\//) || (it && A.match(/\\/))
            ? ['']
            : [...(it ? [process.cwd()] : []), ...(e.path || process.env.PATH || '').split(t)],
        n = it ? e.pathExt || process.env.PATHEXT || '.EXE;.CMD;.BAT;.COM' : '',
        o = it ? n.split(t) : [''];
      return (it && A.indexOf('.') !== -1 && o[0] !== '' && o.unshift(''), { pathEnv: r, pathExt: o, pathExtExe: n });
    },
    lI = (A, e, t) => {
      typeof e == 'function' && ((t = e), (e = {})), e || (e = {});
      const { pathEnv: r, pathExt: n, pathExtExe: o } = cI(A, e),
        i = [],
        s = (Q) =>
          new Promise((I, B) => {
            if (Q === r.length) return e.all && i.length ? I(i) : B(CI(A));
            const c = r[Q],
              C = /^".*"$/.test(c) ? c.slice(1, -1) : c,
              h = BI.join(C, A),
              l = !C && /^\.[\\/]/.test(A) ? A.slice(0, 2) + h : h;
            I(g(l, Q, 0));
          }),
        g = (Q, I, B) =>
          new Promise((c, C) => {
            if (B === n.length) return c(s(I + 1));
            const h = n[B];
            aI(Q + h, { pathExt: o }, (l, D) => {
              if (!l && D)
                if (e.all) i.push(Q + h);
                else return c(Q + h);
              return c(g(Q, I, B + 1));
            });
          });
      return t ? s(0).then((Q) => t(null, Q), t) : s(0);
    },
    Iy = (A, e) => {
      e = e || {};
      const { pathEnv: t, pathExt: r, pathExtExe: n } = cI(A, e),
        o = [];
      for (let i = 0; i < t.length; i++) {
        const s = t[i],
          g = /^".*"$/.test(s) ? s.slice(1, -1) : s,
          Q = BI.join(g, A),
          I = !g && /^\.[\\/]/.test(A) ? A.slice(0, 2) + Q : Q;
        for (let B = 0; B < r.length; B++) {
          const c = I + r[B];
          try {
            if (aI.sync(c, { pathExt: n }))
              if (e.all) o.push(c);
              else return c;
          } catch {}
        }
      }
      if (e.all && o.length) return o;
      if (e.nothrow) return null;
      throw CI(A);
    };
  hI.exports = lI;
  lI.sync = Iy;
});
var dI = w((wY, Qi) => {
  var fI = (A = {}) => {
    const e = A.env || process.env;
    return (A.platform || process.platform) !== 'win32'
      ? 'PATH'
      : Object.keys(e)
          .reverse()
          .find((r) => r.toUpperCase() === 'PATH') || 'Path';
  };
  Qi.exports = fI;
  Qi.exports.default = fI;
});
var pI = w((pY, wI) => {
  var DI = require('path'),
    By = uI(),
    ay = dI();
  function yI(A, e) {
    const t = A.options.env || process.env,
      r = process.cwd(),
      n = A.options.cwd != null,
      o = n && process.chdir !== void 0 && !process.chdir.disabled;
    if (o)
      try {
        process.chdir(A.options.cwd);
      } catch {}
    let i;
    try {
      i = By.sync(A.command, { path: t[ay({ env: t })], pathExt: e ? DI.delimiter : void 0 });
    } catch {
    } finally {
      o && process.chdir(r);
    }
    return (i && (i = DI.resolve(n ? A.options.cwd : '', i)), i);
  }
  function Cy(A) {
    return yI(A) || yI(A, !0);
  }
  wI.exports = Cy;
});
var SI = w((SY, Ii) => {
  var Ei = /([()\][%!^"`<>&|;, *?])/g;
  function cy(A) {
    return ((A = A.replace(Ei, '^$1')), A);
  }
  function ly(A, e) {
    return (
      (A = `${A}`),
      (A = A.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"')),
      (A = A.replace(/(?=(\\+?)?)\1$/, '$1$1')),
      (A = `"${A}"`),
      (A = A.replace(Ei, '^$1')),
      e && (A = A.replace(Ei, '^$1')),
      A
    );
  }
  Ii.exports.command = cy;
  Ii.exports.argument = ly;
});
var NI = w((mY, mI) => {
  mI.exports = /^#!(.*)/;
});
var FI = w((NY, RI) => {
  var hy = NI();
  RI.exports = (A = '') => {
    const e = A.match(hy);
    if (!e) return null;
    const [t, r] = e[0].replace(/#! ?/, '').split(' '),
      n = t.split('/').pop();
    return n === 'env' ? r : r ? `${n} ${r}` : n;
  };
});
var MI = w((RY, UI) => {
  var Bi = require('fs'),
    uy = FI();
  function fy(A) {
    let t = Buffer.alloc(150),
      r;
    try {
      (r = Bi.openSync(A, 'r')), Bi.readSync(r, t, 0, 150, 0), Bi.closeSync(r);
    } catch {}
    return uy(t.toString());
  }
  UI.exports = fy;
});
var LI = w((FY, kI) => {
  var dy = require('path'),
    TI = pI(),
    bI = SI(),
    Dy = MI(),
    yy = process.platform === 'win32',
    wy = /\.(?:com|exe)$/i,
    py = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
  function Sy(A) {
    A.file = TI(A);
    const e = A.file && Dy(A.file);
    return e ? (A.args.unshift(A.file), (A.command = e), TI(A)) : A.file;
  }
  function my(A) {
    if (!yy) return A;
    const e = Sy(A),
      t = !wy.test(e);
    if (A.options.forceShell || t) {
      const r = py.test(e);
      (A.command = dy.normalize(A.command)),
        (A.command = bI.command(A.command)),
        (A.args = A.args.map((o) => bI.argument(o, r)));
      const n = [A.command].concat(A.args).join(' ');
      (A.args = ['/d', '/s', '/c', `"${n}"`]),
        (A.command = process.env.comspec || 'cmd.exe'),
        (A.options.windowsVerbatimArguments = !0);
    }
    return A;
  }
  function Ny(A, e, t) {
    e && !Array.isArray(e) && ((t = e), (e = null)), (e = e ? e.slice(0) : []), (t = Object.assign({}, t));
    const r = { command: A, args: e, options: t, file: void 0, original: { command: A, args: e } };
    return t.shell ? r : my(r);
  }
  kI.exports = Ny;
});
var HI = w((UY, xI) => {
  var ai = process.platform === 'win32';
  function Ci(A, e) {
    return Object.assign(new Error(`${e} ${A.command} ENOENT`), {
      code: 'ENOENT',
      errno: 'ENOENT',
      syscall: `${e} ${A.command}`,
      path: A.command,
      spawnargs: A.args,
    });
  }
  function Ry(A, e) {
    if (!ai) return;
    const t = A.emit;
    A.emit = function (r, n) {
      if (r === 'exit') {
        const o = YI(n, e);
        if (o) return t.call(A, 'error', o);
      }
      return t.apply(A, arguments);
    };
  }
  function YI(A, e) {
    return ai && A === 1 && !e.file ? Ci(e.original, 'spawn') : null;
  }
  function Fy(A, e) {
    return ai && A === 1 && !e.file ? Ci(e.original, 'spawnSync') : null;
  }
  xI.exports = { hookChildProcess: Ry, verifyENOENT: YI, verifyENOENTSync: Fy, notFoundError: Ci };
});
var OI = w((MY, st) => {
  var GI = require('child_process'),
    ci = LI(),
    li = HI();
  function VI(A, e, t) {
    const r = ci(A, e, t),
      n = GI.spawn(r.command, r.args, r.options);
    return (li.hookChildProcess(n, r), n);
  }
  function Uy(A, e, t) {
    const r = ci(A, e, t),
      n = GI.spawnSync(r.command, r.args, r.options);
    return ((n.error = n.error || li.verifyENOENTSync(n.status, r)), n);
  }
  st.exports = VI;
  st.exports.spawn = VI;
  st.exports.sync = Uy;
  st.exports._parse = ci;
  st.exports._enoent = li;
});
var X = w((p1, kl) => {
  var El = Symbol.for('undici.error.UND_ERR'),
    Y = class extends Error {
      constructor(e, t) {
        super(e, t), (this.name = 'UndiciError'), (this.code = 'UND_ERR');
      }
      static [Symbol.hasInstance](e) {
        return e && e[El] === !0;
      }
      get [El]() {
        return !0;
      }
    },
    Il = Symbol.for('undici.error.UND_ERR_CONNECT_TIMEOUT'),
    Hs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'ConnectTimeoutError'),
          (this.message = e || 'Connect Timeout Error'),
          (this.code = 'UND_ERR_CONNECT_TIMEOUT');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Il] === !0;
      }
      get [Il]() {
        return !0;
      }
    },
    Bl = Symbol.for('undici.error.UND_ERR_HEADERS_TIMEOUT'),
    Gs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'HeadersTimeoutError'),
          (this.message = e || 'Headers Timeout Error'),
          (this.code = 'UND_ERR_HEADERS_TIMEOUT');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Bl] === !0;
      }
      get [Bl]() {
        return !0;
      }
    },
    al = Symbol.for('undici.error.UND_ERR_HEADERS_OVERFLOW'),
    Vs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'HeadersOverflowError'),
          (this.message = e || 'Headers Overflow Error'),
          (this.code = 'UND_ERR_HEADERS_OVERFLOW');
      }
      static [Symbol.hasInstance](e) {
        return e && e[al] === !0;
      }
      get [al]() {
        return !0;
      }
    },
    Cl = Symbol.for('undici.error.UND_ERR_BODY_TIMEOUT'),
    Os = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'BodyTimeoutError'),
          (this.message = e || 'Body Timeout Error'),
          (this.code = 'UND_ERR_BODY_TIMEOUT');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Cl] === !0;
      }
      get [Cl]() {
        return !0;
      }
    },
    cl = Symbol.for('undici.error.UND_ERR_INVALID_ARG'),
    Js = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'InvalidArgumentError'),
          (this.message = e || 'Invalid Argument Error'),
          (this.code = 'UND_ERR_INVALID_ARG');
      }
      static [Symbol.hasInstance](e) {
        return e && e[cl] === !0;
      }
      get [cl]() {
        return !0;
      }
    },
    ll = Symbol.for('undici.error.UND_ERR_INVALID_RETURN_VALUE'),
    Ws = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'InvalidReturnValueError'),
          (this.message = e || 'Invalid Return Value Error'),
          (this.code = 'UND_ERR_INVALID_RETURN_VALUE');
      }
      static [Symbol.hasInstance](e) {
        return e && e[ll] === !0;
      }
      get [ll]() {
        return !0;
      }
    },
    hl = Symbol.for('undici.error.UND_ERR_ABORT'),
    ro = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'AbortError'),
          (this.message = e || 'The operation was aborted'),
          (this.code = 'UND_ERR_ABORT');
      }
      static [Symbol.hasInstance](e) {
        return e && e[hl] === !0;
      }
      get [hl]() {
        return !0;
      }
    },
    ul = Symbol.for('undici.error.UND_ERR_ABORTED'),
    Ps = class extends ro {
      constructor(e) {
        super(e), (this.name = 'AbortError'), (this.message = e || 'Request aborted'), (this.code = 'UND_ERR_ABORTED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[ul] === !0;
      }
      get [ul]() {
        return !0;
      }
    },
    fl = Symbol.for('undici.error.UND_ERR_INFO'),
    _s = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'InformationalError'),
          (this.message = e || 'Request information'),
          (this.code = 'UND_ERR_INFO');
      }
      static [Symbol.hasInstance](e) {
        return e && e[fl] === !0;
      }
      get [fl]() {
        return !0;
      }
    },
    dl = Symbol.for('undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH'),
    vs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'RequestContentLengthMismatchError'),
          (this.message = e || 'Request body length does not match content-length header'),
          (this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
      }
      static [Symbol.hasInstance](e) {
        return e && e[dl] === !0;
      }
      get [dl]() {
        return !0;
      }
    },
    Dl = Symbol.for('undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH'),
    qs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'ResponseContentLengthMismatchError'),
          (this.message = e || 'Response body length does not match content-length header'),
          (this.code = 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Dl] === !0;
      }
      get [Dl]() {
        return !0;
      }
    },
    yl = Symbol.for('undici.error.UND_ERR_DESTROYED'),
    Zs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'ClientDestroyedError'),
          (this.message = e || 'The client is destroyed'),
          (this.code = 'UND_ERR_DESTROYED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[yl] === !0;
      }
      get [yl]() {
        return !0;
      }
    },
    wl = Symbol.for('undici.error.UND_ERR_CLOSED'),
    Xs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'ClientClosedError'),
          (this.message = e || 'The client is closed'),
          (this.code = 'UND_ERR_CLOSED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[wl] === !0;
      }
      get [wl]() {
        return !0;
      }
    },
    pl = Symbol.for('undici.error.UND_ERR_SOCKET'),
    Ks = class extends Y {
      constructor(e, t) {
        super(e),
          (this.name = 'SocketError'),
          (this.message = e || 'Socket error'),
          (this.code = 'UND_ERR_SOCKET'),
          (this.socket = t);
      }
      static [Symbol.hasInstance](e) {
        return e && e[pl] === !0;
      }
      get [pl]() {
        return !0;
      }
    },
    Sl = Symbol.for('undici.error.UND_ERR_NOT_SUPPORTED'),
    zs = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'NotSupportedError'),
          (this.message = e || 'Not supported error'),
          (this.code = 'UND_ERR_NOT_SUPPORTED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Sl] === !0;
      }
      get [Sl]() {
        return !0;
      }
    },
    ml = Symbol.for('undici.error.UND_ERR_BPL_MISSING_UPSTREAM'),
    js = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'MissingUpstreamError'),
          (this.message = e || 'No upstream has been added to the BalancedPool'),
          (this.code = 'UND_ERR_BPL_MISSING_UPSTREAM');
      }
      static [Symbol.hasInstance](e) {
        return e && e[ml] === !0;
      }
      get [ml]() {
        return !0;
      }
    },
    Nl = Symbol.for('undici.error.UND_ERR_HTTP_PARSER'),
    $s = class extends Error {
      constructor(e, t, r) {
        super(e),
          (this.name = 'HTTPParserError'),
          (this.code = t ? `HPE_${t}` : void 0),
          (this.data = r ? r.toString() : void 0);
      }
      static [Symbol.hasInstance](e) {
        return e && e[Nl] === !0;
      }
      get [Nl]() {
        return !0;
      }
    },
    Rl = Symbol.for('undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE'),
    Ag = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'ResponseExceededMaxSizeError'),
          (this.message = e || 'Response content exceeded max size'),
          (this.code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Rl] === !0;
      }
      get [Rl]() {
        return !0;
      }
    },
    Fl = Symbol.for('undici.error.UND_ERR_REQ_RETRY'),
    eg = class extends Y {
      constructor(e, t, { headers: r, data: n }) {
        super(e),
          (this.name = 'RequestRetryError'),
          (this.message = e || 'Request retry error'),
          (this.code = 'UND_ERR_REQ_RETRY'),
          (this.statusCode = t),
          (this.data = n),
          (this.headers = r);
      }
      static [Symbol.hasInstance](e) {
        return e && e[Fl] === !0;
      }
      get [Fl]() {
        return !0;
      }
    },
    Ul = Symbol.for('undici.error.UND_ERR_RESPONSE'),
    tg = class extends Y {
      constructor(e, t, { headers: r, body: n }) {
        super(e),
          (this.name = 'ResponseError'),
          (this.message = e || 'Response error'),
          (this.code = 'UND_ERR_RESPONSE'),
          (this.statusCode = t),
          (this.body = n),
          (this.headers = r);
      }
      static [Symbol.hasInstance](e) {
        return e && e[Ul] === !0;
      }
      get [Ul]() {
        return !0;
      }
    },
    Ml = Symbol.for('undici.error.UND_ERR_PRX_TLS'),
    rg = class extends Y {
      constructor(e, t, r = {}) {
        super(t, { cause: e, ...r }),
          (this.name = 'SecureProxyConnectionError'),
          (this.message = t || 'Secure Proxy Connection failed'),
          (this.code = 'UND_ERR_PRX_TLS'),
          (this.cause = e);
      }
      static [Symbol.hasInstance](e) {
        return e && e[Ml] === !0;
      }
      get [Ml]() {
        return !0;
      }
    },
    Tl = Symbol.for('undici.error.UND_ERR_MAX_ORIGINS_REACHED'),
    ng = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'MaxOriginsReachedError'),
          (this.message = e || 'Maximum allowed origins reached'),
          (this.code = 'UND_ERR_MAX_ORIGINS_REACHED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[Tl] === !0;
      }
      get [Tl]() {
        return !0;
      }
    },
    og = class extends Y {
      constructor(e, t) {
        super(e),
          (this.name = 'Socks5ProxyError'),
          (this.message = e || 'SOCKS5 proxy error'),
          (this.code = t || 'UND_ERR_SOCKS5');
      }
    },
    bl = Symbol.for('undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED'),
    ig = class extends Y {
      constructor(e) {
        super(e),
          (this.name = 'MessageSizeExceededError'),
          (this.message = e || 'Max decompressed message size exceeded'),
          (this.code = 'UND_ERR_WS_MESSAGE_SIZE_EXCEEDED');
      }
      static [Symbol.hasInstance](e) {
        return e && e[bl] === !0;
      }
      get [bl]() {
        return !0;
      }
    };
  kl.exports = {
    AbortError: ro,
    HTTPParserError: $s,
    UndiciError: Y,
    HeadersTimeoutError: Gs,
    HeadersOverflowError: Vs,
    BodyTimeoutError: Os,
    RequestContentLengthMismatchError: vs,
    ConnectTimeoutError: Hs,
    InvalidArgumentError: Js,
    InvalidReturnValueError: Ws,
    RequestAbortedError: Ps,
    ClientDestroyedError: Zs,
    ClientClosedError: Xs,
    InformationalError: _s,
    SocketError: Ks,
    NotSupportedError: zs,
    ResponseContentLengthMismatchError: qs,
    BalancedPoolMissingUpstreamError: js,
    ResponseExceededMaxSizeError: Ag,
    RequestRetryError: eg,
    ResponseError: tg,
    SecureProxyConnectionError: rg,
    MaxOriginsReachedError: ng,
    Socks5ProxyError: og,
    MessageSizeExceededError: ig,
  };
});
var xl = w((S1, Yl) => {
  var { InvalidArgumentError: pm } = X();
  Yl.exports = class Ll {
    #A;
    constructor(e) {
      this.#A = e;
    }
    static wrap(e) {
      return e.onRequestStart ? e : new Ll(e);
    }
    onConnect(e, t) {
      return this.#A.onConnect?.(e, t);
    }
    onResponseStarted() {
      return this.#A.onResponseStarted?.();
    }
    onHeaders(e, t, r, n) {
      return this.#A.onHeaders?.(e, t, r, n);
    }
    onUpgrade(e, t, r) {
      return this.#A.onUpgrade?.(e, t, r);
    }
    onData(e) {
      return this.#A.onData?.(e);
    }
    onComplete(e) {
      return this.#A.onComplete?.(e);
    }
    onError(e) {
      if (!this.#A.onError) throw e;
      return this.#A.onError?.(e);
    }
    onRequestStart(e, t) {
      this.#A.onConnect?.((r) => e.abort(r), t);
    }
    onRequestUpgrade(e, t, r, n) {
      const o = [];
      for (const [i, s] of Object.entries(r)) o.push(Buffer.from(i, 'latin1'), sg(s));
      this.#A.onUpgrade?.(t, o, n);
    }
    onResponseStart(e, t, r, n) {
      const o = [];
      for (const [i, s] of Object.entries(r)) o.push(Buffer.from(i, 'latin1'), sg(s));
      this.#A.onHeaders?.(t, o, () => e.resume(), n) === !1 && e.pause();
    }
    onResponseData(e, t) {
      this.#A.onData?.(t) === !1 && e.pause();
    }
    onResponseEnd(e, t) {
      const r = [];
      for (const [n, o] of Object.entries(t)) r.push(Buffer.from(n, 'latin1'), sg(o));
      this.#A.onComplete?.(r);
    }
    onResponseError(e, t) {
      if (!this.#A.onError) throw new pm('invalid onError method');
      this.#A.onError?.(t);
    }
  };
  function sg(A) {
    return Array.isArray(A) ? A.map((e) => Buffer.from(e, 'latin1')) : Buffer.from(A, 'latin1');
  }
});
var Gl = w((m1, Hl) => {
  var Sm = require('node:events'),
    mm = xl(),
    Nm = (A) => (e, t) => A(e, mm.wrap(t)),
    gg = class extends Sm {
      dispatch() {
        throw new Error('not implemented');
      }
      close() {
        throw new Error('not implemented');
      }
      destroy() {
        throw new Error('not implemented');
      }
      compose(...e) {
        let t = Array.isArray(e[0]) ? e[0] : e,
          r = this.dispatch.bind(this);
        for (const n of t)
          if (n != null) {
            if (typeof n != 'function')
              throw new TypeError(`invalid interceptor, expected function received ${typeof n}`);
            if (((r = n(r)), (r = Nm(r)), r == null || typeof r != 'function' || r.length !== 2))
              throw new TypeError('invalid interceptor');
          }
        return new Proxy(this, { get: (n, o) => (o === 'dispatch' ? r : n[o]) });
      }
    };
  Hl.exports = gg;
});
var QA = w((N1, Vl) => {
  Vl.exports = {
    kClose: Symbol('close'),
    kDestroy: Symbol('destroy'),
    kDispatch: Symbol('dispatch'),
    kUrl: Symbol('url'),
    kRedirectCacheControl: Symbol('redirect cache control'),
    kWriting: Symbol('writing'),
    kResuming: Symbol('resuming'),
    kQueue: Symbol('queue'),
    kConnect: Symbol('connect'),
    kConnecting: Symbol('connecting'),
    kKeepAliveDefaultTimeout: Symbol('default keep alive timeout'),
    kKeepAliveMaxTimeout: Symbol('max keep alive timeout'),
    kKeepAliveTimeoutThreshold: Symbol('keep alive timeout threshold'),
    kKeepAliveTimeoutValue: Symbol('keep alive timeout'),
    kKeepAlive: Symbol('keep alive'),
    kHeadersTimeout: Symbol('headers timeout'),
    kBodyTimeout: Symbol('body timeout'),
    kServerName: Symbol('server name'),
    kLocalAddress: Symbol('local address'),
    kHost: Symbol('host'),
    kNoRef: Symbol('no ref'),
    kBodyUsed: Symbol('used'),
    kBody: Symbol('abstracted request body'),
    kRunning: Symbol('running'),
    kBlocking: Symbol('blocking'),
    kPending: Symbol('pending'),
    kSize: Symbol('size'),
    kBusy: Symbol('busy'),
    kQueued: Symbol('queued'),
    kFree: Symbol('free'),
    kConnected: Symbol('connected'),
    kClosed: Symbol('closed'),
    kNeedDrain: Symbol('need drain'),
    kReset: Symbol('reset'),
    kDestroyed: Symbol.for('nodejs.stream.destroyed'),
    kResume: Symbol('resume'),
    kOnError: Symbol('on error'),
    kMaxHeadersSize: Symbol('max headers size'),
    kRunningIdx: Symbol('running index'),
    kPendingIdx: Symbol('pending index'),
    kError: Symbol('error'),
    kClients: Symbol('clients'),
    kClient: Symbol('client'),
    kParser: Symbol('parser'),
    kOnDestroyed: Symbol('destroy callbacks'),
    kPipelining: Symbol('pipelining'),
    kSocket: Symbol('socket'),
    kHostHeader: Symbol('host header'),
    kConnector: Symbol('connector'),
    kStrictContentLength: Symbol('strict content length'),
    kMaxRedirections: Symbol('maxRedirections'),
    kMaxRequests: Symbol('maxRequestsPerClient'),
    kProxy: Symbol('proxy agent options'),
    kCounter: Symbol('socket request counter'),
    kMaxResponseSize: Symbol('max response size'),
    kHTTP2Session: Symbol('http2Session'),
    kHTTP2SessionState: Symbol('http2Session state'),
    kRetryHandlerDefaultRetry: Symbol('retry agent default retry'),
    kConstruct: Symbol('constructable'),
    kListeners: Symbol('listeners'),
    kHTTPContext: Symbol('http context'),
    kMaxConcurrentStreams: Symbol('max concurrent streams'),
    kHTTP2InitialWindowSize: Symbol('http2 initial window size'),
    kHTTP2ConnectionWindowSize: Symbol('http2 connection window size'),
    kEnableConnectProtocol: Symbol('http2session connect protocol'),
    kRemoteSettings: Symbol('http2session remote settings'),
    kHTTP2Stream: Symbol('http2session client stream'),
    kPingInterval: Symbol('ping interval'),
    kNoProxyAgent: Symbol('no proxy agent'),
    kHttpProxyAgent: Symbol('http proxy agent'),
    kHttpsProxyAgent: Symbol('https proxy agent'),
    kSocks5ProxyAgent: Symbol('socks5 proxy agent'),
  };
});
var cg = w((R1, Pl) => {
  var Dt = 0,
    Qg = 1e3,
    Eg = (Qg >> 1) - 1,
    ae,
    Ig = Symbol('kFastTimer'),
    KA = [],
    Bg = -2,
    ag = -1,
    Jl = 0,
    Ol = 1;
  function Cg() {
    Dt += Eg;
    let A = 0,
      e = KA.length;
    for (; A < e; ) {
      const t = KA[A];
      t._state === Jl
        ? ((t._idleStart = Dt - Eg), (t._state = Ol))
        : t._state === Ol &&
          Dt >= t._idleStart + t._idleTimeout &&
          ((t._state = ag), (t._idleStart = -1), t._onTimeout(t._timerArg)),
        t._state === ag ? ((t._state = Bg), --e !== 0 && (KA[A] = KA[e])) : ++A;
    }
    (KA.length = e), KA.length !== 0 && Wl();
  }
  function Wl() {
    ae?.refresh ? ae.refresh() : (clearTimeout(ae), (ae = setTimeout(Cg, Eg)), ae?.unref());
  }
  var no = class {
    [Ig] = !0;
    _state = Bg;
    _idleTimeout = -1;
    _idleStart = -1;
    _onTimeout;
    _timerArg;
    constructor(e, t, r) {
      (this._onTimeout = e), (this._idleTimeout = t), (this._timerArg = r), this.refresh();
    }
    refresh() {
      this._state === Bg && KA.push(this), (!ae || KA.length === 1) && Wl(), (this._state = Jl);
    }
    clear() {
      (this._state = ag), (this._idleStart = -1);
    }
  };
  Pl.exports = {
    setTimeout(A, e, t) {
      return e <= Qg ? setTimeout(A, e, t) : new no(A, e, t);
    },
    clearTimeout(A) {
      A[Ig] ? A.clear() : clearTimeout(A);
    },
    setFastTimeout(A, e, t) {
      return new no(A, e, t);
    },
    clearFastTimeout(A) {
      A.clear();
    },
    now() {
      return Dt;
    },
    tick(A = 0) {
      (Dt += A - Qg + 1), Cg(), Cg();
    },
    reset() {
      (Dt = 0), (KA.length = 0), clearTimeout(ae), (ae = null);
    },
    kFastTimer: Ig,
  };
});
var io = w((F1, vl) => {
  var lg = [
      'Accept',
      'Accept-Encoding',
      'Accept-Language',
      'Accept-Ranges',
      'Access-Control-Allow-Credentials',
      'Access-Control-Allow-Headers',
      'Access-Control-Allow-Methods',
      'Access-Control-Allow-Origin',
      'Access-Control-Expose-Headers',
      'Access-Control-Max-Age',
      'Access-Control-Request-Headers',
      'Access-Control-Request-Method',
      'Age',
      'Allow',
      'Alt-Svc',
      'Alt-Used',
      'Authorization',
      'Cache-Control',
      'Clear-Site-Data',
      'Connection',
      'Content-Disposition',
      'Content-Encoding',
      'Content-Language',
      'Content-Length',
      'Content-Location',
      'Content-Range',
      'Content-Security-Policy',
      'Content-Security-Policy-Report-Only',
      'Content-Type',
      'Cookie',
      'Cross-Origin-Embedder-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Date',
      'Device-Memory',
      'Downlink',
      'ECT',
      'ETag',
      'Expect',
      'Expect-CT',
      'Expires',
      'Forwarded',
      'From',
      'Host',
      'If-Match',
      'If-Modified-Since',
      'If-None-Match',
      'If-Range',
      'If-Unmodified-Since',
      'Keep-Alive',
      'Last-Modified',
      'Link',
      'Location',
      'Max-Forwards',
      'Origin',
      'Permissions-Policy',
      'Pragma',
      'Proxy-Authenticate',
      'Proxy-Authorization',
      'RTT',
      'Range',
      'Referer',
      'Referrer-Policy',
      'Refresh',
      'Retry-After',
      'Sec-WebSocket-Accept',
      'Sec-WebSocket-Extensions',
      'Sec-WebSocket-Key',
      'Sec-WebSocket-Protocol',
      'Sec-WebSocket-Version',
      'Server',
      'Server-Timing',
      'Service-Worker-Allowed',
      'Service-Worker-Navigation-Preload',
      'Set-Cookie',
      'SourceMap',
      'Strict-Transport-Security',
      'Supports-Loading-Mode',
      'TE',
      'Timing-Allow-Origin',
      'Trailer',
      'Transfer-Encoding',
      'Upgrade',
      'Upgrade-Insecure-Requests',
      'User-Agent',
      'Vary',
      'Via',
      'WWW-Authenticate',
      'X-Content-Type-Options',
      'X-DNS-Prefetch-Control',
      'X-Frame-Options',
      'X-Permitted-Cross-Domain-Policies',
      'X-Powered-By',
      'X-Requested-With',
      'X-XSS-Protection',
    ],
    oo = {};
  Object.setPrototypeOf(oo, null);
  var _l = {};
  Object.setPrototypeOf(_l, null);
  function Rm(A) {
    let e = _l[A];
    return (e === void 0 && (e = Buffer.from(A)), e);
  }
  for (let A = 0; A < lg.length; ++A) {
    const e = lg[A],
      t = e.toLowerCase();
    oo[e] = oo[t] = t;
  }
  vl.exports = { wellknownHeaderNames: lg, headerNameLowerCasedRecord: oo, getHeaderNameAsBuffer: Rm };
});
var Kl = w((U1, Xl) => {
  var { wellknownHeaderNames: ql, headerNameLowerCasedRecord: Fm } = io(),
    hg = class A {
      value = null;
      left = null;
      middle = null;
      right = null;
      code;
      constructor(e, t, r) {
        if (r === void 0 || r >= e.length) throw new TypeError('Unreachable');
        if ((this.code = e.charCodeAt(r)) > 127) throw new TypeError('key must be ascii string');
        e.length !== ++r ? (this.middle = new A(e, t, r)) : (this.value = t);
      }
      add(e, t) {
        const r = e.length;
        if (r === 0) throw new TypeError('Unreachable');
        let n = 0,
          o = this;
        for (;;) {
          const i = e.charCodeAt(n);
          if (i > 127) throw new TypeError('key must be ascii string');
          if (o.code === i)
            if (r === ++n) {
              o.value = t;
              break;
            } else if (o.middle !== null) o = o.middle;
            else {
              o.middle = new A(e, t, n);
              break;
            }
          else if (o.code < i)
            if (o.left !== null) o = o.left;
            else {
              o.left = new A(e, t, n);
              break;
            }
          else if (o.right !== null) o = o.right;
          else {
            o.right = new A(e, t, n);
            break;
          }
        }
      }
      search(e) {
        let t = e.length,
          r = 0,
          n = this;
        for (; n !== null && r < t; ) {
          let o = e[r];
          for (o <= 90 && o >= 65 && (o |= 32); n !== null; ) {
            if (o === n.code) {
              if (t === ++r) return n;
              n = n.middle;
              break;
            }
            n = n.code < o ? n.left : n.right;
          }
        }
        return null;
      }
    },
    so = class {
      node = null;
      insert(e, t) {
        this.node === null ? (this.node = new hg(e, t, 0)) : this.node.add(e, t);
      }
      lookup(e) {
        return this.node?.search(e)?.value ?? null;
      }
    },
    Zl = new so();
  for (let A = 0; A < ql.length; ++A) {
    const e = Fm[ql[A]];
    Zl.insert(e, e);
  }
  Xl.exports = { TernarySearchTree: so, tree: Zl };
});
var $ = w((M1, hh) => {
  var or = require('node:assert'),
    { kDestroyed: Ah, kBodyUsed: yt, kListeners: Qo, kBody: zl } = QA(),
    { IncomingMessage: Um } = require('node:http'),
    eh = require('node:stream'),
    Mm = require('node:net'),
    { stringify: Tm } = require('node:querystring'),
    { EventEmitter: bm } = require('node:events'),
    go = cg(),
    { InvalidArgumentError: K, ConnectTimeoutError: km } = X(),
    { headerNameLowerCasedRecord: Lm } = io(),
    { tree: th } = Kl(),
    [Ym, xm] = process.versions.node.split('.', 2).map((A) => Number(A)),
    Io = class {
      constructor(e) {
        (this[zl] = e), (this[yt] = !1);
      }
      async *[Symbol.asyncIterator]() {
        or(!this[yt], 'disturbed'), (this[yt] = !0), yield* this[zl];
      }
    };
  function jl() {}
  function Hm(A) {
    return Bo(A)
      ? (gh(A) === 0 &&
          A.on('data', () => {
            or(!1);
          }),
        typeof A.readableDidRead != 'boolean' &&
          ((A[yt] = !1),
          bm.prototype.on.call(A, 'data', function () {
            this[yt] = !0;
          })),
        A)
      : A && typeof A.pipeTo == 'function'
        ? new Io(A)
        : A && ah(A)
          ? A
          : A && typeof A != 'string' && !ArrayBuffer.isView(A) && sh(A)
            ? new Io(A)
            : A;
  }
  function Bo(A) {
    return A && typeof A == 'object' && typeof A.pipe == 'function' && typeof A.on == 'function';
  }
  function rh(A) {
    if (A === null) return !1;
    if (A instanceof Blob) return !0;
    if (typeof A != 'object') return !1;
    {
      const e = A[Symbol.toStringTag];
      return (
        (e === 'Blob' || e === 'File') &&
        (('stream' in A && typeof A.stream == 'function') || ('arrayBuffer' in A && typeof A.arrayBuffer == 'function'))
      );
    }
  }
  function nh(A) {
    return A.includes('?') || A.includes('#');
  }
  function Gm(A, e) {
    if (nh(A)) throw new Error('Query params cannot be passed when url already contains "?" or "#".');
    const t = Tm(e);
    return (t && (A += '?' + t), A);
  }
  function oh(A) {
    const e = parseInt(A, 10);
    return e === Number(A) && e >= 0 && e <= 65535;
  }
  function Eo(A) {
    return (
      A != null &&
      A[0] === 'h' &&
      A[1] === 't' &&
      A[2] === 't' &&
      A[3] === 'p' &&
      (A[4] === ':' || (A[4] === 's' && A[5] === ':'))
    );
  }
  function ih(A) {
    if (typeof A == 'string') {
      if (((A = new URL(A)), !Eo(A.origin || A.protocol)))
        throw new K('Invalid URL protocol: the URL must start with `http:` or `https:`.');
      return A;
    }
    if (!A || typeof A != 'object') throw new K('Invalid URL: The URL argument must be a non-null object.');
    if (!(A instanceof URL)) {
      if (A.port != null && A.port !== '' && oh(A.port) === !1)
        throw new K('Invalid URL: port must be a valid integer or a string representation of an integer.');
      if (A.path != null && typeof A.path != 'string')
        throw new K('Invalid URL path: the path must be a string or null/undefined.');
      if (A.pathname != null && typeof A.pathname != 'string')
        throw new K('Invalid URL pathname: the pathname must be a string or null/undefined.');
      if (A.hostname != null && typeof A.hostname != 'string')
        throw new K('Invalid URL hostname: the hostname must be a string or null/undefined.');
      if (A.origin != null && typeof A.origin != 'string')
        throw new K('Invalid URL origin: the origin must be a string or null/undefined.');
      if (!Eo(A.origin || A.protocol))
        throw new K('Invalid URL protocol: the URL must start with `http:` or `https:`.');
      let e = A.port != null ? A.port : A.protocol === 'https:' ? 443 : 80,
        t = A.origin != null ? A.origin : `${A.protocol || ''}//${A.hostname || ''}:${e}`,
        r = A.path != null ? A.path : `${A.pathname || ''}${A.search || ''}`;
      return (
        t[t.length - 1] === '/' && (t = t.slice(0, t.length - 1)),
        r && r[0] !== '/' && (r = `/${r}`),
        new URL(`${t}${r}`)
      );
    }
    if (!Eo(A.origin || A.protocol)) throw new K('Invalid URL protocol: the URL must start with `http:` or `https:`.');
    return A;
  }
  function Vm(A) {
    if (((A = ih(A)), A.pathname !== '/' || A.search || A.hash)) throw new K('invalid url');
    return A;
  }
  function Om(A) {
    if (A[0] === '[') {
      const t = A.indexOf(']');
      return (or(t !== -1), A.substring(1, t));
    }
    const e = A.indexOf(':');
    return e === -1 ? A : A.substring(0, e);
  }
  function Jm(A) {
    if (!A) return null;
    or(typeof A == 'string');
    const e = Om(A);
    return Mm.isIP(e) ? '' : e;
  }
  function Wm(A) {
    return JSON.parse(JSON.stringify(A));
  }
  function Pm(A) {
    return A != null && typeof A[Symbol.asyncIterator] == 'function';
  }
  function sh(A) {
    return A != null && (typeof A[Symbol.iterator] == 'function' || typeof A[Symbol.asyncIterator] == 'function');
  }
  function _m(A) {
    const e = Object.getPrototypeOf(A);
    return (
      Object.hasOwn(A, Symbol.iterator) ||
      (e != null && e !== Object.prototype && typeof A[Symbol.iterator] == 'function')
    );
  }
  function gh(A) {
    if (A == null) return 0;
    if (Bo(A)) {
      const e = A._readableState;
      return e && e.objectMode === !1 && e.ended === !0 && Number.isFinite(e.length) ? e.length : null;
    } else {
      if (rh(A)) return A.size != null ? A.size : null;
      if (Bh(A)) return A.byteLength;
    }
    return null;
  }
  function Qh(A) {
    return A && !!(A.destroyed || A[Ah] || eh.isDestroyed?.(A));
  }
  function Eh(A, e) {
    A == null ||
      !Bo(A) ||
      Qh(A) ||
      (typeof A.destroy == 'function'
        ? (Object.getPrototypeOf(A).constructor === Um && (A.socket = null), A.destroy(e))
        : e &&
          queueMicrotask(() => {
            A.emit('error', e);
          }),
      A.destroyed !== !0 && (A[Ah] = !0));
  }
  var vm = /timeout=(\d+)/;
  function qm(A) {
    const e = A.match(vm);
    return e ? parseInt(e[1], 10) * 1e3 : null;
  }
  function Ih(A) {
    return typeof A == 'string' ? (Lm[A] ?? A.toLowerCase()) : (th.lookup(A) ?? A.toString('latin1').toLowerCase());
  }
  function Zm(A) {
    return th.lookup(A) ?? A.toString('latin1').toLowerCase();
  }
  function Xm(A, e) {
    e === void 0 && (e = {});
    for (let t = 0; t < A.length; t += 2) {
      let r = Ih(A[t]),
        n = e[r];
      if (n !== void 0)
        if (Object.hasOwn(e, r)) typeof n == 'string' && ((n = [n]), (e[r] = n)), n.push(A[t + 1].toString('latin1'));
        else {
          const o =
            typeof A[t + 1] == 'string'
              ? A[t + 1]
              : Array.isArray(A[t + 1])
                ? A[t + 1].map((i) => i.toString('latin1'))
                : A[t + 1].toString('latin1');
          r === '__proto__'
            ? Object.defineProperty(e, r, { value: o, enumerable: !0, configurable: !0, writable: !0 })
            : (e[r] = o);
        }
      else {
        const o =
          typeof A[t + 1] == 'string'
            ? A[t + 1]
            : Array.isArray(A[t + 1])
              ? A[t + 1].map((i) => i.toString('latin1'))
              : A[t + 1].toString('latin1');
        e[r] = o;
      }
    }
    return e;
  }
  function Km(A) {
    let e = A.length,
      t = new Array(e),
      r,
      n;
    for (let o = 0; o < e; o += 2)
      (r = A[o]),
        (n = A[o + 1]),
        typeof r != 'string' && (r = r.toString()),
        typeof n != 'string' && (n = n.toString('latin1')),
        (t[o] = r),
        (t[o + 1] = n);
    return t;
  }
  function zm(A) {
    const e = [];
    for (const [t, r] of Object.entries(A))
      if (Array.isArray(r)) for (const n of r) e.push(Buffer.from(t, 'latin1'), Buffer.from(`${n}`, 'latin1'));
      else e.push(Buffer.from(t, 'latin1'), Buffer.from(`${r}`, 'latin1'));
    return e;
  }
  function jm(A) {
    if (!Array.isArray(A)) throw new TypeError('expected headers to be an array');
    return A.map((e) => Buffer.from(e));
  }
  function Bh(A) {
    return A instanceof Uint8Array || Buffer.isBuffer(A);
  }
  function $m(A, e, t) {
    if (!A || typeof A != 'object') throw new K('handler must be an object');
    if (typeof A.onRequestStart != 'function') {
      if (typeof A.onConnect != 'function') throw new K('invalid onConnect method');
      if (typeof A.onError != 'function') throw new K('invalid onError method');
      if (typeof A.onBodySent != 'function' && A.onBodySent !== void 0) throw new K('invalid onBodySent method');
      if (t || e === 'CONNECT') {
        if (typeof A.onUpgrade != 'function') throw new K('invalid onUpgrade method');
      } else {
        if (typeof A.onHeaders != 'function') throw new K('invalid onHeaders method');
        if (typeof A.onData != 'function') throw new K('invalid onData method');
        if (typeof A.onComplete != 'function') throw new K('invalid onComplete method');
      }
    }
  }
  function AN(A) {
    return !!(A && (eh.isDisturbed(A) || A[yt]));
  }
  function eN(A) {
    return {
      localAddress: A.localAddress,
      localPort: A.localPort,
      remoteAddress: A.remoteAddress,
      remotePort: A.remotePort,
      remoteFamily: A.remoteFamily,
      timeout: A.timeout,
      bytesWritten: A.bytesWritten,
      bytesRead: A.bytesRead,
    };
  }
  function tN(A) {
    let e;
    return new ReadableStream({
      start() {
        e = A[Symbol.asyncIterator]();
      },
      pull(t) {
        return e.next().then(({ done: r, value: n }) => {
          if (r)
            return queueMicrotask(() => {
              t.close(), t.byobRequest?.respond(0);
            });
          {
            const o = Buffer.isBuffer(n) ? n : Buffer.from(n);
            return o.byteLength ? t.enqueue(new Uint8Array(o)) : this.pull(t);
          }
        });
      },
      cancel() {
        return e.return();
      },
      type: 'bytes',
    });
  }
  function ah(A) {
    return (
      A &&
      typeof A == 'object' &&
      typeof A.append == 'function' &&
      typeof A.delete == 'function' &&
      typeof A.get == 'function' &&
      typeof A.getAll == 'function' &&
      typeof A.has == 'function' &&
      typeof A.set == 'function' &&
      A[Symbol.toStringTag] === 'FormData'
    );
  }
  function rN(A, e) {
    return 'addEventListener' in A
      ? (A.addEventListener('abort', e, { once: !0 }), () => A.removeEventListener('abort', e))
      : (A.once('abort', e), () => A.removeListener('abort', e));
  }
  var Ch = new Uint8Array([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1,
    1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ]);
  function nN(A) {
    return Ch[A] === 1;
  }
  var oN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  function iN(A) {
    if (A.length >= 12) return oN.test(A);
    if (A.length === 0) return !1;
    for (let e = 0; e < A.length; e++) if (Ch[A.charCodeAt(e)] !== 1) return !1;
    return !0;
  }
  var sN = /[^\t\x20-\x7e\x80-\xff]/;
  function gN(A) {
    return !sN.test(A);
  }
  var QN = /^bytes (\d+)-(\d+)\/(\d+)?$/;
  function EN(A) {
    if (A == null || A === '') return { start: 0, end: null, size: null };
    const e = A ? A.match(QN) : null;
    return e ? { start: parseInt(e[1]), end: e[2] ? parseInt(e[2]) : null, size: e[3] ? parseInt(e[3]) : null } : null;
  }
  function IN(A, e, t) {
    return ((A[Qo] ??= []).push([e, t]), A.on(e, t), A);
  }
  function BN(A) {
    if (A[Qo] != null) {
      for (const [e, t] of A[Qo]) A.removeListener(e, t);
      A[Qo] = null;
    }
    return A;
  }
  function aN(A, e, t) {
    try {
      e.onError(t), or(e.aborted);
    } catch (r) {
      A.emit('error', r);
    }
  }
  var CN =
    process.platform === 'win32'
      ? (A, e) => {
          if (!e.timeout) return jl;
          let t = null,
            r = null,
            n = go.setFastTimeout(() => {
              t = setImmediate(() => {
                r = setImmediate(() => $l(A.deref(), e));
              });
            }, e.timeout);
          return () => {
            go.clearFastTimeout(n), clearImmediate(t), clearImmediate(r);
          };
        }
      : (A, e) => {
          if (!e.timeout) return jl;
          let t = null,
            r = go.setFastTimeout(() => {
              t = setImmediate(() => {
                $l(A.deref(), e);
              });
            }, e.timeout);
          return () => {
            go.clearFastTimeout(r), clearImmediate(t);
          };
        };
  function $l(A, e) {
    if (A == null) return;
    let t = 'Connect Timeout Error';
    Array.isArray(A.autoSelectFamilyAttemptedAddresses)
      ? (t += ` (attempted addresses: ${A.autoSelectFamilyAttemptedAddresses.join(', ')},`)
      : (t += ` (attempted address: ${e.hostname}:${e.port},`),
      (t += ` timeout: ${e.timeout}ms)`),
      Eh(A, new km(t));
  }
  function cN(A) {
    if (A[0] === 'h' && A[1] === 't' && A[2] === 't' && A[3] === 'p')
      switch (A[4]) {
        case ':':
          return 'http:';
        case 's':
          if (A[5] === ':') return 'https:';
      }
    return A.slice(0, A.indexOf(':') + 1);
  }
  var ch = Object.create(null);
  ch.enumerable = !0;
  var ug = {
      delete: 'DELETE',
      DELETE: 'DELETE',
      get: 'GET',
      GET: 'GET',
      head: 'HEAD',
      HEAD: 'HEAD',
      options: 'OPTIONS',
      OPTIONS: 'OPTIONS',
      post: 'POST',
      POST: 'POST',
      put: 'PUT',
      PUT: 'PUT',
    },
    lh = { ...ug, patch: 'patch', PATCH: 'PATCH' };
  Object.setPrototypeOf(ug, null);
  Object.setPrototypeOf(lh, null);
  hh.exports = {
    kEnumerableProperty: ch,
    isDisturbed: AN,
    isBlobLike: rh,
    parseOrigin: Vm,
    parseURL: ih,
    getServerName: Jm,
    isStream: Bo,
    isIterable: sh,
    hasSafeIterator: _m,
    isAsyncIterable: Pm,
    isDestroyed: Qh,
    headerNameToString: Ih,
    bufferToLowerCasedHeaderName: Zm,
    addListener: IN,
    removeAllListeners: BN,
    errorRequest: aN,
    parseRawHeaders: Km,
    toRawHeaders: zm,
    encodeRawHeaders: jm,
    parseHeaders: Xm,
    parseKeepAliveTimeout: qm,
    destroy: Eh,
    bodyLength: gh,
    deepClone: Wm,
    ReadableStreamFrom: tN,
    isBuffer: Bh,
    assertRequestHandler: $m,
    getSocketInfo: eN,
    isFormDataLike: ah,
    pathHasQueryOrFragment: nh,
    serializePathWithQuery: Gm,
    addAbortListener: rN,
    isValidHTTPToken: iN,
    isValidHeaderValue: gN,
    isTokenCharCode: nN,
    parseRangeHeader: EN,
    normalizedMethodRecordsBase: ug,
    normalizedMethodRecords: lh,
    isValidPort: oh,
    isHttpOrHttpsPrefixed: Eo,
    nodeMajor: Ym,
    nodeMinor: xm,
    safeHTTPMethods: Object.freeze(['GET', 'HEAD', 'OPTIONS', 'TRACE']),
    wrapRequestBody: Hm,
    setupConnectTimeout: CN,
    getProtocolFromUrlString: cN,
  };
});
var dh = w((T1, fh) => {
  var { parseHeaders: fg } = $(),
    { InvalidArgumentError: lN } = X(),
    dg = Symbol('resume'),
    Dg = class {
      #A = !1;
      #e = null;
      #t = !1;
      #r;
      [dg] = null;
      rawHeaders = null;
      rawTrailers = null;
      constructor(e) {
        this.#r = e;
      }
      pause() {
        this.#A = !0;
      }
      resume() {
        this.#A && ((this.#A = !1), this[dg]?.());
      }
      abort(e) {
        this.#t || ((this.#t = !0), (this.#e = e), this.#r(e));
      }
      get aborted() {
        return this.#t;
      }
      get reason() {
        return this.#e;
      }
      get paused() {
        return this.#A;
      }
    };
  fh.exports = class uh {
    #A;
    #e;
    constructor(e) {
      this.#A = e;
    }
    static unwrap(e) {
      return e.onRequestStart ? new uh(e) : e;
    }
    onConnect(e, t) {
      (this.#e = new Dg(e)), this.#A.onRequestStart?.(this.#e, t);
    }
    onResponseStarted() {
      return this.#A.onResponseStarted?.();
    }
    onUpgrade(e, t, r) {
      (this.#e.rawHeaders = t), this.#A.onRequestUpgrade?.(this.#e, e, fg(t), r);
    }
    onHeaders(e, t, r, n) {
      return (
        (this.#e[dg] = r), (this.#e.rawHeaders = t), this.#A.onResponseStart?.(this.#e, e, fg(t), n), !this.#e.paused
      );
    }
    onData(e) {
      return (this.#A.onResponseData?.(this.#e, e), !this.#e.paused);
    }
    onComplete(e) {
      (this.#e.rawTrailers = e), this.#A.onResponseEnd?.(this.#e, fg(e));
    }
    onError(e) {
      if (!this.#A.onResponseError) throw new lN('invalid onError method');
      this.#A.onResponseError?.(this.#e, e);
    }
  };
});
var Ye = w((b1, yh) => {
  var hN = require('node:buffer'),
    uN = Gl(),
    fN = dh(),
    { ClientDestroyedError: yg, ClientClosedError: dN, InvalidArgumentError: ao } = X(),
    { kDestroy: DN, kClose: yN, kClosed: ir, kDestroyed: wt, kDispatch: wN } = QA(),
    Ce = Symbol('onDestroyed'),
    Le = Symbol('onClosed'),
    wg = Symbol('webSocketOptions'),
    Dh = Symbol('eventSourceOptions'),
    pg = class extends uN {
      [wt] = !1;
      [Ce] = null;
      [ir] = !1;
      [Le] = null;
      constructor(e) {
        super(), (this[wg] = e?.webSocket ?? {}), (this[Dh] = e?.eventSource ?? {});
      }
      get webSocketOptions() {
        return {
          maxFragments: this[wg].maxFragments ?? 131072,
          maxPayloadSize: this[wg].maxPayloadSize ?? 128 * 1024 * 1024,
        };
      }
      get eventSourceOptions() {
        return { maxEventSize: this[Dh].maxEventSize ?? hN.kStringMaxLength };
      }
      get destroyed() {
        return this[wt];
      }
      get closed() {
        return this[ir];
      }
      close(e) {
        if (e === void 0)
          return new Promise((r, n) => {
            this.close((o, i) => (o ? n(o) : r(i)));
          });
        if (typeof e != 'function') throw new ao('invalid callback');
        if (this[wt]) {
          const r = new yg();
          queueMicrotask(() => e(r, null));
          return;
        }
        if (this[ir]) {
          this[Le] ? this[Le].push(e) : queueMicrotask(() => e(null, null));
          return;
        }
        (this[ir] = !0), (this[Le] ??= []), this[Le].push(e);
        const t = () => {
          const r = this[Le];
          this[Le] = null;
          for (let n = 0; n < r.length; n++) r[n](null, null);
        };
        this[yN]()
          .then(() => this.destroy())
          .then(() => queueMicrotask(t));
      }
      destroy(e, t) {
        if ((typeof e == 'function' && ((t = e), (e = null)), t === void 0))
          return new Promise((n, o) => {
            this.destroy(e, (i, s) => (i ? o(i) : n(s)));
          });
        if (typeof t != 'function') throw new ao('invalid callback');
        if (this[wt]) {
          this[Ce] ? this[Ce].push(t) : queueMicrotask(() => t(null, null));
          return;
        }
        e || (e = new yg()), (this[wt] = !0), (this[Ce] ??= []), this[Ce].push(t);
        const r = () => {
          const n = this[Ce];
          this[Ce] = null;
          for (let o = 0; o < n.length; o++) n[o](null, null);
        };
        this[DN](e).then(() => queueMicrotask(r));
      }
      dispatch(e, t) {
        if (!t || typeof t != 'object') throw new ao('handler must be an object');
        t = fN.unwrap(t);
        try {
          if (!e || typeof e != 'object') throw new ao('opts must be an object.');
          if (this[wt] || this[Ce]) throw new yg();
          if (this[ir]) throw new dN();
          return this[wN](e, t);
        } catch (r) {
          if (typeof t.onError != 'function') throw r;
          return (t.onError(r), !1);
        }
      }
    };
  yh.exports = pg;
});
var Ng = w((k1, Nh) => {
  var { kConnected: wh, kPending: ph, kRunning: Sh, kSize: mh, kFree: pN, kQueued: SN } = QA(),
    Sg = class {
      constructor(e) {
        (this.connected = e[wh]), (this.pending = e[ph]), (this.running = e[Sh]), (this.size = e[mh]);
      }
    },
    mg = class {
      constructor(e) {
        (this.connected = e[wh]),
          (this.free = e[pN]),
          (this.pending = e[ph]),
          (this.queued = e[SN]),
          (this.running = e[Sh]),
          (this.size = e[mh]);
      }
    };
  Nh.exports = { ClientStats: Sg, PoolStats: mg };
});
var Fh = w((Y1, Rh) => {
  var Co = class {
    bottom = 0;
    top = 0;
    list = new Array(2048).fill(void 0);
    next = null;
    isEmpty() {
      return this.top === this.bottom;
    }
    isFull() {
      return ((this.top + 1) & 2047) === this.bottom;
    }
    push(e) {
      (this.list[this.top] = e), (this.top = (this.top + 1) & 2047);
    }
    shift() {
      const e = this.list[this.bottom];
      return e === void 0 ? null : ((this.list[this.bottom] = void 0), (this.bottom = (this.bottom + 1) & 2047), e);
    }
  };
  Rh.exports = class {
    constructor() {
      this.head = this.tail = new Co();
    }
    isEmpty() {
      return this.head.isEmpty();
    }
    push(e) {
      this.head.isFull() && (this.head = this.head.next = new Co()), this.head.push(e);
    }
    shift() {
      const e = this.tail,
        t = e.shift();
      return (e.isEmpty() && e.next !== null && ((this.tail = e.next), (e.next = null)), t);
    }
  };
});
var Gh = w((x1, Hh) => {
  var { PoolStats: mN } = Ng(),
    NN = Ye(),
    RN = Fh(),
    {
      kConnected: Rg,
      kSize: Uh,
      kRunning: Mh,
      kPending: Th,
      kQueued: sr,
      kBusy: FN,
      kFree: UN,
      kUrl: MN,
      kClose: TN,
      kDestroy: bN,
      kDispatch: kN,
    } = QA(),
    z = Symbol('clients'),
    tA = Symbol('needDrain'),
    gr = Symbol('queue'),
    Fg = Symbol('closed resolve'),
    Ug = Symbol('onDrain'),
    bh = Symbol('onConnect'),
    kh = Symbol('onDisconnect'),
    Lh = Symbol('onConnectionError'),
    Mg = Symbol('get dispatcher'),
    Yh = Symbol('add client'),
    xh = Symbol('remove client'),
    Tg = class extends NN {
      [gr] = new RN();
      [sr] = 0;
      [z] = [];
      [tA] = !1;
      [Ug](e, t, r) {
        let n = this[gr],
          o = !1;
        for (; !o; ) {
          const i = n.shift();
          if (!i) break;
          this[sr]--, (o = !e.dispatch(i.opts, i.handler));
        }
        if (
          ((e[tA] = o),
          !o && this[tA] && ((this[tA] = !1), this.emit('drain', t, [this, ...r])),
          this[Fg] && n.isEmpty())
        ) {
          const i = [];
          for (let s = 0; s < this[z].length; s++) {
            const g = this[z][s];
            g.destroyed || i.push(g.close());
          }
          return Promise.all(i).then(this[Fg]);
        }
      }
      [bh] = (e, t) => {
        this.emit('connect', e, [this, ...t]);
      };
      [kh] = (e, t, r) => {
        this.emit('disconnect', e, [this, ...t], r);
      };
      [Lh] = (e, t, r) => {
        this.emit('connectionError', e, [this, ...t], r);
      };
      get [FN]() {
        return this[tA];
      }
      get [Rg]() {
        let e = 0;
        for (const { [Rg]: t } of this[z]) e += t;
        return e;
      }
      get [UN]() {
        let e = 0;
        for (const { [Rg]: t, [tA]: r } of this[z]) e += t && !r;
        return e;
      }
      get [Th]() {
        let e = this[sr];
        for (const { [Th]: t } of this[z]) e += t;
        return e;
      }
      get [Mh]() {
        let e = 0;
        for (const { [Mh]: t } of this[z]) e += t;
        return e;
      }
      get [Uh]() {
        let e = this[sr];
        for (const { [Uh]: t } of this[z]) e += t;
        return e;
      }
      get stats() {
        return new mN(this);
      }
      [TN]() {
        if (this[gr].isEmpty()) {
          const e = [];
          for (let t = 0; t < this[z].length; t++) {
            const r = this[z][t];
            r.destroyed || e.push(r.close());
          }
          return Promise.all(e);
        } else
          return new Promise((e) => {
            this[Fg] = e;
          });
      }
      [bN](e) {
        for (;;) {
          const r = this[gr].shift();
          if (!r) break;
          r.handler.onError(e);
        }
        const t = new Array(this[z].length);
        for (let r = 0; r < this[z].length; r++) t[r] = this[z][r].destroy(e);
        return Promise.all(t);
      }
      [kN](e, t) {
        const r = this[Mg]();
        return (
          r
            ? r.dispatch(e, t) || ((r[tA] = !0), (this[tA] = !this[Mg]()))
            : ((this[tA] = !0), this[gr].push({ opts: e, handler: t }), this[sr]++),
          !this[tA]
        );
      }
      [Yh](e) {
        return (
          e
            .on('drain', this[Ug].bind(this, e))
            .on('connect', this[bh])
            .on('disconnect', this[kh])
            .on('connectionError', this[Lh]),
          this[z].push(e),
          this[tA] &&
            queueMicrotask(() => {
              this[tA] && this[Ug](e, e[MN], [e, this]);
            }),
          this
        );
      }
      [xh](e) {
        e.close(() => {
          const t = this[z].indexOf(e);
          t !== -1 && this[z].splice(t, 1);
        }),
          (this[tA] = this[z].some((t) => !t[tA] && t.closed !== !0 && t.destroyed !== !0));
      }
    };
  Hh.exports = { PoolBase: Tg, kClients: z, kNeedDrain: tA, kAddClient: Yh, kRemoveClient: xh, kGetDispatcher: Mg };
});
var pt = w((H1, Oh) => {
  var T = require('node:diagnostics_channel'),
    Yg = require('node:util'),
    xe = Yg.debuglog('undici'),
    Qr = Yg.debuglog('fetch'),
    co = Yg.debuglog('websocket'),
    EA = {
      beforeConnect: T.channel('undici:client:beforeConnect'),
      connected: T.channel('undici:client:connected'),
      connectError: T.channel('undici:client:connectError'),
      sendHeaders: T.channel('undici:client:sendHeaders'),
      create: T.channel('undici:request:create'),
      bodySent: T.channel('undici:request:bodySent'),
      bodyChunkSent: T.channel('undici:request:bodyChunkSent'),
      bodyChunkReceived: T.channel('undici:request:bodyChunkReceived'),
      headers: T.channel('undici:request:headers'),
      trailers: T.channel('undici:request:trailers'),
      error: T.channel('undici:request:error'),
      open: T.channel('undici:websocket:open'),
      close: T.channel('undici:websocket:close'),
      socketError: T.channel('undici:websocket:socket_error'),
      ping: T.channel('undici:websocket:ping'),
      pong: T.channel('undici:websocket:pong'),
      proxyConnected: T.channel('undici:proxy:connected'),
    },
    bg = !1;
  function Vh(A = xe) {
    if (!bg) {
      if (
        EA.beforeConnect.hasSubscribers ||
        EA.connected.hasSubscribers ||
        EA.connectError.hasSubscribers ||
        EA.sendHeaders.hasSubscribers
      ) {
        bg = !0;
        return;
      }
      (bg = !0),
        T.subscribe('undici:client:beforeConnect', (e) => {
          const {
            connectParams: { version: t, protocol: r, port: n, host: o },
          } = e;
          A('connecting to %s%s using %s%s', o, n ? `:${n}` : '', r, t);
        }),
        T.subscribe('undici:client:connected', (e) => {
          const {
            connectParams: { version: t, protocol: r, port: n, host: o },
          } = e;
          A('connected to %s%s using %s%s', o, n ? `:${n}` : '', r, t);
        }),
        T.subscribe('undici:client:connectError', (e) => {
          const {
            connectParams: { version: t, protocol: r, port: n, host: o },
            error: i,
          } = e;
          A('connection to %s%s using %s%s errored - %s', o, n ? `:${n}` : '', r, t, i.message);
        }),
        T.subscribe('undici:client:sendHeaders', (e) => {
          const {
            request: { method: t, path: r, origin: n },
          } = e;
          A('sending request to %s %s%s', t, n, r);
        });
    }
  }
  var kg = !1;
  function LN(A = xe) {
    if (!kg) {
      if (EA.headers.hasSubscribers || EA.trailers.hasSubscribers || EA.error.hasSubscribers) {
        kg = !0;
        return;
      }
      (kg = !0),
        T.subscribe('undici:request:headers', (e) => {
          const {
            request: { method: t, path: r, origin: n },
            response: { statusCode: o },
          } = e;
          A('received response to %s %s%s - HTTP %d', t, n, r, o);
        }),
        T.subscribe('undici:request:trailers', (e) => {
          const {
            request: { method: t, path: r, origin: n },
          } = e;
          A('trailers received from %s %s%s', t, n, r);
        }),
        T.subscribe('undici:request:error', (e) => {
          const {
            request: { method: t, path: r, origin: n },
            error: o,
          } = e;
          A('request to %s %s%s errored - %s', t, n, r, o.message);
        });
    }
  }
  var Lg = !1;
  function YN(A = co) {
    if (!Lg) {
      if (
        EA.open.hasSubscribers ||
        EA.close.hasSubscribers ||
        EA.socketError.hasSubscribers ||
        EA.ping.hasSubscribers ||
        EA.pong.hasSubscribers
      ) {
        Lg = !0;
        return;
      }
      (Lg = !0),
        T.subscribe('undici:websocket:open', (e) => {
          if (e.address != null) {
            const { address: t, port: r } = e.address;
            A('connection opened %s%s', t, r ? `:${r}` : '');
          } else A('connection opened');
        }),
        T.subscribe('undici:websocket:close', (e) => {
          const { websocket: t, code: r, reason: n } = e;
          A('closed connection to %s - %s %s', t.url, r, n);
        }),
        T.subscribe('undici:websocket:socket_error', (e) => {
          A('connection errored - %s', e.message);
        }),
        T.subscribe('undici:websocket:ping', (e) => {
          A('ping received');
        }),
        T.subscribe('undici:websocket:pong', (e) => {
          A('pong received');
        });
    }
  }
  (xe.enabled || Qr.enabled) && (Vh(Qr.enabled ? Qr : xe), LN(Qr.enabled ? Qr : xe));
  co.enabled && (Vh(xe.enabled ? xe : co), YN(co));
  Oh.exports = { channels: EA };
});
var Ph = w((G1, Wh) => {
  var { InvalidArgumentError: U, NotSupportedError: xN } = X(),
    HA = require('node:assert'),
    {
      isValidHTTPToken: xg,
      isValidHeaderValue: Er,
      isStream: HN,
      destroy: GN,
      isBuffer: VN,
      isFormDataLike: ON,
      isIterable: JN,
      hasSafeIterator: WN,
      isBlobLike: PN,
      serializePathWithQuery: _N,
      assertRequestHandler: vN,
      getServerName: qN,
      normalizedMethodRecords: ZN,
      getProtocolFromUrlString: XN,
    } = $(),
    { channels: j } = pt(),
    { headerNameLowerCasedRecord: Jh } = io(),
    KN = /[^\u0021-\u00ff]/;
  function zN(A) {
    if (typeof A != 'string' || A.length === 0) return !1;
    for (let e = 0; e < A.length; e++) {
      const t = A.charCodeAt(e);
      if (t < 48 || t > 57) return !1;
    }
    return !0;
  }
  var uA = Symbol('handler'),
    Hg = class {
      constructor(
        e,
        {
          path: t,
          method: r,
          body: n,
          headers: o,
          query: i,
          idempotent: s,
          blocking: g,
          upgrade: Q,
          headersTimeout: I,
          bodyTimeout: B,
          reset: c,
          expectContinue: C,
          servername: h,
          throwOnError: l,
          maxRedirections: D,
          typeOfService: f,
        },
        u,
      ) {
        if (typeof t != 'string') throw new U('path must be a string');
        if (t[0] !== '/' && !(t.startsWith('http://') || t.startsWith('https://')) && r !== 'CONNECT')
          throw new U('path must be an absolute URL or start with a slash');
        if (KN.test(t)) throw new U('invalid request path');
        if (typeof r != 'string') throw new U('method must be a string');
        if (ZN[r] === void 0 && !xg(r)) throw new U('invalid request method');
        if (Q && typeof Q != 'string') throw new U('upgrade must be a string');
        if (Q && !Er(Q)) throw new U('invalid upgrade header');
        if (I != null && (!Number.isFinite(I) || I < 0)) throw new U('invalid headersTimeout');
        if (B != null && (!Number.isFinite(B) || B < 0)) throw new U('invalid bodyTimeout');
        if (c != null && typeof c != 'boolean') throw new U('invalid reset');
        if (C != null && typeof C != 'boolean') throw new U('invalid expectContinue');
        if (l != null) throw new U('invalid throwOnError');
        if (D != null && D !== 0) throw new U('maxRedirections is not supported, use the redirect interceptor');
        if (f != null && (!Number.isInteger(f) || f < 0 || f > 255))
          throw new U('typeOfService must be an integer between 0 and 255');
        if (
          ((this.headersTimeout = I),
          (this.bodyTimeout = B),
          (this.method = r),
          (this.typeOfService = f),
          (this.abort = null),
          n == null)
        )
          this.body = null;
        else if (HN(n)) {
          this.body = n;
          const d = this.body._readableState;
          (!d || !d.autoDestroy) &&
            ((this.endHandler = function () {
              GN(this);
            }),
            this.body.on('end', this.endHandler)),
            (this.errorHandler = (p) => {
              this.abort ? this.abort(p) : (this.error = p);
            }),
            this.body.on('error', this.errorHandler);
        } else if (VN(n)) this.body = n.byteLength ? n : null;
        else if (ArrayBuffer.isView(n))
          this.body = n.buffer.byteLength ? Buffer.from(n.buffer, n.byteOffset, n.byteLength) : null;
        else if (n instanceof ArrayBuffer) this.body = n.byteLength ? Buffer.from(n) : null;
        else if (typeof n == 'string') this.body = n.length ? Buffer.from(n) : null;
        else if (ON(n) || JN(n) || PN(n)) this.body = n;
        else throw new U('body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable');
        if (
          ((this.completed = !1),
          (this.aborted = !1),
          (this.upgrade = Q || null),
          (this.path = i ? _N(t, i) : t),
          (this.origin = e),
          (this.protocol = XN(e)),
          (this.idempotent = s ?? (r === 'HEAD' || r === 'GET')),
          (this.blocking = g ?? this.method !== 'HEAD'),
          (this.reset = c ?? null),
          (this.host = null),
          (this.contentLength = null),
          (this.contentType = null),
          (this.headers = []),
          (this.expectContinue = C ?? !1),
          Array.isArray(o))
        ) {
          if (o.length % 2 !== 0) throw new U('headers array must be even');
          for (let d = 0; d < o.length; d += 2) lo(this, o[d], o[d + 1]);
        } else if (o && typeof o == 'object')
          if (WN(o))
            for (const d of o) {
              if (!Array.isArray(d) || d.length !== 2) throw new U('headers must be in key-value pair format');
              lo(this, d[0], d[1]);
            }
          else {
            const d = Object.keys(o);
            for (let p = 0; p < d.length; ++p) lo(this, d[p], o[d[p]]);
          }
        else if (o != null) throw new U('headers must be an object or an array');
        vN(u, r, Q),
          (this.servername = h || qN(this.host) || null),
          (this[uA] = u),
          j.create.hasSubscribers && j.create.publish({ request: this });
      }
      onBodySent(e) {
        if (
          (j.bodyChunkSent.hasSubscribers && j.bodyChunkSent.publish({ request: this, chunk: e }), this[uA].onBodySent)
        )
          try {
            return this[uA].onBodySent(e);
          } catch (t) {
            this.abort(t);
          }
      }
      onRequestSent() {
        if ((j.bodySent.hasSubscribers && j.bodySent.publish({ request: this }), this[uA].onRequestSent))
          try {
            return this[uA].onRequestSent();
          } catch (e) {
            this.abort(e);
          }
      }
      onConnect(e) {
        if ((HA(!this.aborted), HA(!this.completed), this.error)) e(this.error);
        else return ((this.abort = e), this[uA].onConnect(e));
      }
      onResponseStarted() {
        return this[uA].onResponseStarted?.();
      }
      onHeaders(e, t, r, n) {
        HA(!this.aborted),
          HA(!this.completed),
          j.headers.hasSubscribers &&
            j.headers.publish({ request: this, response: { statusCode: e, headers: t, statusText: n } });
        try {
          return this[uA].onHeaders(e, t, r, n);
        } catch (o) {
          this.abort(o);
        }
      }
      onData(e) {
        HA(!this.aborted),
          HA(!this.completed),
          j.bodyChunkReceived.hasSubscribers && j.bodyChunkReceived.publish({ request: this, chunk: e });
        try {
          return this[uA].onData(e);
        } catch (t) {
          return (this.abort(t), !1);
        }
      }
      onUpgrade(e, t, r, n = '') {
        this.onFinally(),
          HA(!this.aborted),
          HA(!this.completed),
          j.headers.hasSubscribers &&
            j.headers.publish({ request: this, response: { statusCode: e, headers: t, statusText: n } });
        const o = this[uA].onUpgrade(e, t, r);
        return (
          this.aborted ||
            ((this.completed = !0), j.trailers.hasSubscribers && j.trailers.publish({ request: this, trailers: [] })),
          o
        );
      }
      onComplete(e) {
        this.onFinally(),
          HA(!this.aborted),
          HA(!this.completed),
          (this.completed = !0),
          j.trailers.hasSubscribers && j.trailers.publish({ request: this, trailers: e });
        try {
          return this[uA].onComplete(e);
        } catch (t) {
          this.onError(t);
        }
      }
      onError(e) {
        if ((this.onFinally(), j.error.hasSubscribers && j.error.publish({ request: this, error: e }), !this.aborted))
          return ((this.aborted = !0), this[uA].onError(e));
      }
      onFinally() {
        this.errorHandler && (this.body.off('error', this.errorHandler), (this.errorHandler = null)),
          this.endHandler && (this.body.off('end', this.endHandler), (this.endHandler = null));
      }
      addHeader(e, t) {
        return (lo(this, e, t), this);
      }
    };
  function lo(A, e, t) {
    if (t && typeof t == 'object' && !Array.isArray(t)) throw new U(`invalid ${e} header`);
    if (t === void 0) return;
    let r = Jh[e];
    if (r === void 0 && ((r = e.toLowerCase()), Jh[r] === void 0 && !xg(r))) throw new U('invalid header key');
    if (Array.isArray(t)) {
      const n = [];
      for (let o = 0; o < t.length; o++)
        if (typeof t[o] == 'string') {
          if (!Er(t[o])) throw new U(`invalid ${e} header`);
          n.push(t[o]);
        } else if (t[o] === null) n.push('');
        else {
          if (typeof t[o] == 'object') throw new U(`invalid ${e} header`);
          {
            const i = `${t[o]}`;
            if (!Er(i)) throw new U(`invalid ${e} header`);
            n.push(i);
          }
        }
      t = n;
    } else if (typeof t == 'string') {
      if (!Er(t)) throw new U(`invalid ${e} header`);
    } else if (t === null) t = '';
    else if (((t = `${t}`), !Er(t))) throw new U(`invalid ${e} header`);
    if (r === 'host') {
      if (A.host !== null) throw new U('duplicate host header');
      if (typeof t != 'string') throw new U('invalid host header');
      A.host = t;
    } else if (r === 'content-length') {
      if (A.contentLength !== null) throw new U('duplicate content-length header');
      if (!zN(t)) throw new U('invalid content-length header');
      A.contentLength = parseInt(t, 10);
    } else if (A.contentType === null && r === 'content-type') (A.contentType = t), A.headers.push(e, t);
    else {
      if (r === 'transfer-encoding' || r === 'keep-alive' || r === 'upgrade') throw new U(`invalid ${r} header`);
      if (r === 'connection') {
        const n = typeof t == 'string' ? t : null;
        if (n === null) throw new U('invalid connection header');
        for (const o of n.toLowerCase().split(',')) {
          const i = o.trim();
          if (!xg(i)) throw new U('invalid connection header');
          i === 'close' && (A.reset = !0);
        }
      } else {
        if (r === 'expect') throw new xN('expect header not supported');
        A.headers.push(e, t);
      }
    }
  }
  Wh.exports = Hg;
});
var Ir = w((O1, qh) => {
  var jN = require('node:net'),
    _h = require('node:assert'),
    vh = $(),
    { InvalidArgumentError: $N } = X(),
    Gg,
    AR = class {
      constructor(e) {
        (this._maxCachedSessions = e),
          (this._sessionCache = new Map()),
          (this._sessionRegistry = new FinalizationRegistry((t) => {
            if (this._sessionCache.size < this._maxCachedSessions) return;
            const r = this._sessionCache.get(t);
            r !== void 0 && r.deref() === void 0 && this._sessionCache.delete(t);
          }));
      }
      get(e) {
        const t = this._sessionCache.get(e);
        return t ? t.deref() : null;
      }
      set(e, t) {
        if (this._maxCachedSessions !== 0) {
          if (this._sessionCache.has(e)) this._sessionCache.delete(e);
          else if (this._sessionCache.size >= this._maxCachedSessions) {
            let r = !1;
            for (const [n, o] of this._sessionCache)
              if (o.deref() === void 0) {
                this._sessionCache.delete(n), (r = !0);
                break;
              }
            if (!r) {
              const n = this._sessionCache.keys().next();
              n.done || this._sessionCache.delete(n.value);
            }
          }
          this._sessionCache.set(e, new WeakRef(t)), this._sessionRegistry.register(t, e);
        }
      }
    };
  function eR({ allowH2: A, useH2c: e, maxCachedSessions: t, socketPath: r, timeout: n, session: o, ...i }) {
    if (t != null && (!Number.isInteger(t) || t < 0))
      throw new $N('maxCachedSessions must be a positive integer or zero');
    const s = { path: r, ...i },
      g = new AR(t ?? 100);
    return (
      (n = n ?? 1e4),
      (A = A ?? !1),
      ({ hostname: I, host: B, protocol: c, port: C, servername: h, localAddress: l, httpSocket: D }, f) => {
        let u;
        if (c === 'https:') {
          Gg || (Gg = require('node:tls')), (h = h || s.servername || vh.getServerName(B) || null);
          const p = h || I;
          _h(p);
          const b = o || g.get(p) || null;
          (C = C || 443),
            (u = Gg.connect({
              highWaterMark: 16384,
              ...s,
              servername: h,
              session: b,
              localAddress: l,
              ALPNProtocols: A ? ['http/1.1', 'h2'] : ['http/1.1'],
              socket: D,
              port: C,
              host: I,
            })),
            u.on('session', (_) => {
              g.set(p, _);
            });
        } else
          _h(!D, 'httpSocket can only be sent on TLS update'),
            (C = C || 80),
            (u = jN.connect({ highWaterMark: 64 * 1024, ...s, localAddress: l, port: C, host: I })),
            e === !0 && (u.alpnProtocol = 'h2');
        if (s.keepAlive == null || s.keepAlive) {
          const p = s.keepAliveInitialDelay === void 0 ? 6e4 : s.keepAliveInitialDelay;
          u.setKeepAlive(!0, p);
        }
        const d = vh.setupConnectTimeout(new WeakRef(u), { timeout: n, hostname: I, port: C });
        return (
          u
            .setNoDelay(!0)
            .once(c === 'https:' ? 'secureConnect' : 'connect', function () {
              if ((queueMicrotask(d), f)) {
                const p = f;
                (f = null), p(null, this);
              }
            })
            .on('error', (p) => {
              if ((queueMicrotask(d), f)) {
                const b = f;
                (f = null), b(p);
              }
            }),
          u
        );
      }
    );
  }
  qh.exports = eR;
});
var Zh = w((Vg) => {
  Object.defineProperty(Vg, '__esModule', { value: !0 });
  Vg.enumToMap = tR;
  function tR(A, e = [], t = []) {
    const r = (e?.length ?? 0) === 0,
      n = (t?.length ?? 0) === 0;
    return Object.fromEntries(
      Object.entries(A).filter(([, o]) => typeof o == 'number' && (r || e.includes(o)) && (n || !t.includes(o))),
    );
  }
});
var Xh = w((E) => {
  Object.defineProperty(E, '__esModule', { value: !0 });
  E.SPECIAL_HEADERS =
    E.MINOR =
    E.MAJOR =
    E.HTAB_SP_VCHAR_OBS_TEXT =
    E.QUOTED_STRING =
    E.CONNECTION_TOKEN_CHARS =
    E.HEADER_CHARS =
    E.TOKEN =
    E.HEX =
    E.URL_CHAR =
    E.USERINFO_CHARS =
    E.MARK =
    E.ALPHANUM =
    E.NUM =
    E.HEX_MAP =
    E.NUM_MAP =
    E.ALPHA =
    E.STATUSES_HTTP =
    E.H_METHOD_MAP =
    E.METHOD_MAP =
    E.METHODS_RTSP =
    E.METHODS_ICE =
    E.METHODS_HTTP =
    E.HEADER_STATE =
    E.FINISH =
    E.STATUSES =
    E.METHODS =
    E.LENIENT_FLAGS =
    E.FLAGS =
    E.TYPE =
    E.ERROR =
      void 0;
  var rR = Zh();
  E.ERROR = {
    OK: 0,
    INTERNAL: 1,
    STRICT: 2,
    CR_EXPECTED: 25,
    LF_EXPECTED: 3,
    UNEXPECTED_CONTENT_LENGTH: 4,
    UNEXPECTED_SPACE: 30,
    CLOSED_CONNECTION: 5,
    INVALID_METHOD: 6,
    INVALID_URL: 7,
    INVALID_CONSTANT: 8,
    INVALID_VERSION: 9,
    INVALID_HEADER_TOKEN: 10,
    INVALID_CONTENT_LENGTH: 11,
    INVALID_CHUNK_SIZE: 12,
    INVALID_STATUS: 13,
    INVALID_EOF_STATE: 14,
    INVALID_TRANSFER_ENCODING: 15,
    CB_MESSAGE_BEGIN: 16,
    CB_HEADERS_COMPLETE: 17,
    CB_MESSAGE_COMPLETE: 18,
    CB_CHUNK_HEADER: 19,
    CB_CHUNK_COMPLETE: 20,
    PAUSED: 21,
    PAUSED_UPGRADE: 22,
    PAUSED_H2_UPGRADE: 23,
    USER: 24,
    CB_URL_COMPLETE: 26,
    CB_STATUS_COMPLETE: 27,
    CB_METHOD_COMPLETE: 32,
    CB_VERSION_COMPLETE: 33,
    CB_HEADER_FIELD_COMPLETE: 28,
    CB_HEADER_VALUE_COMPLETE: 29,
    CB_CHUNK_EXTENSION_NAME_COMPLETE: 34,
    CB_CHUNK_EXTENSION_VALUE_COMPLETE: 35,
    CB_RESET: 31,
    CB_PROTOCOL_COMPLETE: 38,
  };
  E.TYPE = { BOTH: 0, REQUEST: 1, RESPONSE: 2 };
  E.FLAGS = {
    CONNECTION_KEEP_ALIVE: 1,
    CONNECTION_CLOSE: 2,
    CONNECTION_UPGRADE: 4,
    CHUNKED: 8,
    UPGRADE: 16,
    CONTENT_LENGTH: 32,
    SKIPBODY: 64,
    TRAILING: 128,
    TRANSFER_ENCODING: 512,
  };
  E.LENIENT_FLAGS = {
    HEADERS: 1,
    CHUNKED_LENGTH: 2,
    KEEP_ALIVE: 4,
    TRANSFER_ENCODING: 8,
    VERSION: 16,
    DATA_AFTER_CLOSE: 32,
    OPTIONAL_LF_AFTER_CR: 64,
    OPTIONAL_CRLF_AFTER_CHUNK: 128,
    OPTIONAL_CR_BEFORE_LF: 256,
    SPACES_AFTER_CHUNK_SIZE: 512,
  };
  E.METHODS = {
    DELETE: 0,
    GET: 1,
    HEAD: 2,
    POST: 3,
    PUT: 4,
    CONNECT: 5,
    OPTIONS: 6,
    TRACE: 7,
    COPY: 8,
    LOCK: 9,
    MKCOL: 10,
    MOVE: 11,
    PROPFIND: 12,
    PROPPATCH: 13,
    SEARCH: 14,
    UNLOCK: 15,
    BIND: 16,
    REBIND: 17,
    UNBIND: 18,
    ACL: 19,
    REPORT: 20,
    MKACTIVITY: 21,
    CHECKOUT: 22,
    MERGE: 23,
    'M-SEARCH': 24,
    NOTIFY: 25,
    SUBSCRIBE: 26,
    UNSUBSCRIBE: 27,
    PATCH: 28,
    PURGE: 29,
    MKCALENDAR: 30,
    LINK: 31,
    UNLINK: 32,
    SOURCE: 33,
    PRI: 34,
    DESCRIBE: 35,
    ANNOUNCE: 36,
    SETUP: 37,
    PLAY: 38,
    PAUSE: 39,
    TEARDOWN: 40,
    GET_PARAMETER: 41,
    SET_PARAMETER: 42,
    REDIRECT: 43,
    RECORD: 44,
    FLUSH: 45,
    QUERY: 46,
  };
  E.STATUSES = {
    CONTINUE: 100,
    SWITCHING_PROTOCOLS: 101,
    PROCESSING: 102,
    EARLY_HINTS: 103,
    RESPONSE_IS_STALE: 110,
    REVALIDATION_FAILED: 111,
    DISCONNECTED_OPERATION: 112,
    HEURISTIC_EXPIRATION: 113,
    MISCELLANEOUS_WARNING: 199,
    OK: 200,
    CREATED: 201,
    ACCEPTED: 202,
    NON_AUTHORITATIVE_INFORMATION: 203,
    NO_CONTENT: 204,
    RESET_CONTENT: 205,
    PARTIAL_CONTENT: 206,
    MULTI_STATUS: 207,
    ALREADY_REPORTED: 208,
    TRANSFORMATION_APPLIED: 214,
    IM_USED: 226,
    MISCELLANEOUS_PERSISTENT_WARNING: 299,
    MULTIPLE_CHOICES: 300,
    MOVED_PERMANENTLY: 301,
    FOUND: 302,
    SEE_OTHER: 303,
    NOT_MODIFIED: 304,
    USE_PROXY: 305,
    SWITCH_PROXY: 306,
    TEMPORARY_REDIRECT: 307,
    PERMANENT_REDIRECT: 308,
    BAD_REQUEST: 400,
    UNAUTHORIZED: 401,
    PAYMENT_REQUIRED: 402,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    METHOD_NOT_ALLOWED: 405,
    NOT_ACCEPTABLE: 406,
    PROXY_AUTHENTICATION_REQUIRED: 407,
    REQUEST_TIMEOUT: 408,
    CONFLICT: 409,
    GONE: 410,
    LENGTH_REQUIRED: 411,
    PRECONDITION_FAILED: 412,
    PAYLOAD_TOO_LARGE: 413,
    URI_TOO_LONG: 414,
    UNSUPPORTED_MEDIA_TYPE: 415,
    RANGE_NOT_SATISFIABLE: 416,
    EXPECTATION_FAILED: 417,
    IM_A_TEAPOT: 418,
    PAGE_EXPIRED: 419,
    ENHANCE_YOUR_CALM: 420,
    MISDIRECTED_REQUEST: 421,
    UNPROCESSABLE_ENTITY: 422,
    LOCKED: 423,
    FAILED_DEPENDENCY: 424,
    TOO_EARLY: 425,
    UPGRADE_REQUIRED: 426,
    PRECONDITION_REQUIRED: 428,
    TOO_MANY_REQUESTS: 429,
    REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL: 430,
    REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
    LOGIN_TIMEOUT: 440,
    NO_RESPONSE: 444,
    RETRY_WITH: 449,
    BLOCKED_BY_PARENTAL_CONTROL: 450,
    UNAVAILABLE_FOR_LEGAL_REASONS: 451,
    CLIENT_CLOSED_LOAD_BALANCED_REQUEST: 460,
    INVALID_X_FORWARDED_FOR: 463,
    REQUEST_HEADER_TOO_LARGE: 494,
    SSL_CERTIFICATE_ERROR: 495,
    SSL_CERTIFICATE_REQUIRED: 496,
    HTTP_REQUEST_SENT_TO_HTTPS_PORT: 497,
    INVALID_TOKEN: 498,
    CLIENT_CLOSED_REQUEST: 499,
    INTERNAL_SERVER_ERROR: 500,
    NOT_IMPLEMENTED: 501,
    BAD_GATEWAY: 502,
    SERVICE_UNAVAILABLE: 503,
    GATEWAY_TIMEOUT: 504,
    HTTP_VERSION_NOT_SUPPORTED: 505,
    VARIANT_ALSO_NEGOTIATES: 506,
    INSUFFICIENT_STORAGE: 507,
    LOOP_DETECTED: 508,
    BANDWIDTH_LIMIT_EXCEEDED: 509,
    NOT_EXTENDED: 510,
    NETWORK_AUTHENTICATION_REQUIRED: 511,
    WEB_SERVER_UNKNOWN_ERROR: 520,
    WEB_SERVER_IS_DOWN: 521,
    CONNECTION_TIMEOUT: 522,
    ORIGIN_IS_UNREACHABLE: 523,
    TIMEOUT_OCCURED: 524,
    SSL_HANDSHAKE_FAILED: 525,
    INVALID_SSL_CERTIFICATE: 526,
    RAILGUN_ERROR: 527,
    SITE_IS_OVERLOADED: 529,
    SITE_IS_FROZEN: 530,
    IDENTITY_PROVIDER_AUTHENTICATION_ERROR: 561,
    NETWORK_READ_TIMEOUT: 598,
    NETWORK_CONNECT_TIMEOUT: 599,
  };
  E.FINISH = { SAFE: 0, SAFE_WITH_CB: 1, UNSAFE: 2 };
  E.HEADER_STATE = {
    GENERAL: 0,
    CONNECTION: 1,
    CONTENT_LENGTH: 2,
    TRANSFER_ENCODING: 3,
    UPGRADE: 4,
    CONNECTION_KEEP_ALIVE: 5,
    CONNECTION_CLOSE: 6,
    CONNECTION_UPGRADE: 7,
    TRANSFER_ENCODING_CHUNKED: 8,
  };
  E.METHODS_HTTP = [
    E.METHODS.DELETE,
    E.METHODS.GET,
    E.METHODS.HEAD,
    E.METHODS.POST,
    E.METHODS.PUT,
    E.METHODS.CONNECT,
    E.METHODS.OPTIONS,
    E.METHODS.TRACE,
    E.METHODS.COPY,
    E.METHODS.LOCK,
    E.METHODS.MKCOL,
    E.METHODS.MOVE,
    E.METHODS.PROPFIND,
    E.METHODS.PROPPATCH,
    E.METHODS.SEARCH,
    E.METHODS.UNLOCK,
    E.METHODS.BIND,
    E.METHODS.REBIND,
    E.METHODS.UNBIND,
    E.METHODS.ACL,
    E.METHODS.REPORT,
    E.METHODS.MKACTIVITY,
    E.METHODS.CHECKOUT,
    E.METHODS.MERGE,
    E.METHODS['M-SEARCH'],
    E.METHODS.NOTIFY,
    E.METHODS.SUBSCRIBE,
    E.METHODS.UNSUBSCRIBE,
    E.METHODS.PATCH,
    E.METHODS.PURGE,
    E.METHODS.MKCALENDAR,
    E.METHODS.LINK,
    E.METHODS.UNLINK,
    E.METHODS.PRI,
    E.METHODS.SOURCE,
    E.METHODS.QUERY,
  ];
  E.METHODS_ICE = [E.METHODS.SOURCE];
  E.METHODS_RTSP = [
    E.METHODS.OPTIONS,
    E.METHODS.DESCRIBE,
    E.METHODS.ANNOUNCE,
    E.METHODS.SETUP,
    E.METHODS.PLAY,
    E.METHODS.PAUSE,
    E.METHODS.TEARDOWN,
    E.METHODS.GET_PARAMETER,
    E.METHODS.SET_PARAMETER,
    E.METHODS.REDIRECT,
    E.METHODS.RECORD,
    E.METHODS.FLUSH,
    E.METHODS.GET,
    E.METHODS.POST,
  ];
  E.METHOD_MAP = (0, rR.enumToMap)(E.METHODS);
  E.H_METHOD_MAP = Object.fromEntries(Object.entries(E.METHODS).filter(([A]) => A.startsWith('H')));
  E.STATUSES_HTTP = [
    E.STATUSES.CONTINUE,
    E.STATUSES.SWITCHING_PROTOCOLS,
    E.STATUSES.PROCESSING,
    E.STATUSES.EARLY_HINTS,
    E.STATUSES.RESPONSE_IS_STALE,
    E.STATUSES.REVALIDATION_FAILED,
    E.STATUSES.DISCONNECTED_OPERATION,
    E.STATUSES.HEURISTIC_EXPIRATION,
    E.STATUSES.MISCELLANEOUS_WARNING,
    E.STATUSES.OK,
    E.STATUSES.CREATED,
    E.STATUSES.ACCEPTED,
    E.STATUSES.NON_AUTHORITATIVE_INFORMATION,
    E.STATUSES.NO_CONTENT,
    E.STATUSES.RESET_CONTENT,
    E.STATUSES.PARTIAL_CONTENT,
    E.STATUSES.MULTI_STATUS,
    E.STATUSES.ALREADY_REPORTED,
    E.STATUSES.TRANSFORMATION_APPLIED,
    E.STATUSES.IM_USED,
    E.STATUSES.MISCELLANEOUS_PERSISTENT_WARNING,
    E.STATUSES.MULTIPLE_CHOICES,
    E.STATUSES.MOVED_PERMANENTLY,
    E.STATUSES.FOUND,
    E.STATUSES.SEE_OTHER,
    E.STATUSES.NOT_MODIFIED,
    E.STATUSES.USE_PROXY,
    E.STATUSES.SWITCH_PROXY,
    E.STATUSES.TEMPORARY_REDIRECT,
    E.STATUSES.PERMANENT_REDIRECT,
    E.STATUSES.BAD_REQUEST,
    E.STATUSES.UNAUTHORIZED,
    E.STATUSES.PAYMENT_REQUIRED,
    E.STATUSES.FORBIDDEN,
    E.STATUSES.NOT_FOUND,
    E.STATUSES.METHOD_NOT_ALLOWED,
    E.STATUSES.NOT_ACCEPTABLE,
    E.STATUSES.PROXY_AUTHENTICATION_REQUIRED,
    E.STATUSES.REQUEST_TIMEOUT,
    E.STATUSES.CONFLICT,
    E.STATUSES.GONE,
    E.STATUSES.LENGTH_REQUIRED,
    E.STATUSES.PRECONDITION_FAILED,
    E.STATUSES.PAYLOAD_TOO_LARGE,
    E.STATUSES.URI_TOO_LONG,
    E.STATUSES.UNSUPPORTED_MEDIA_TYPE,
    E.STATUSES.RANGE_NOT_SATISFIABLE,
    E.STATUSES.EXPECTATION_FAILED,
    E.STATUSES.IM_A_TEAPOT,
    E.STATUSES.PAGE_EXPIRED,
    E.STATUSES.ENHANCE_YOUR_CALM,
    E.STATUSES.MISDIRECTED_REQUEST,
    E.STATUSES.UNPROCESSABLE_ENTITY,
    E.STATUSES.LOCKED,
    E.STATUSES.FAILED_DEPENDENCY,
    E.STATUSES.TOO_EARLY,
    E.STATUSES.UPGRADE_REQUIRED,
    E.STATUSES.PRECONDITION_REQUIRED,
    E.STATUSES.TOO_MANY_REQUESTS,
    E.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE_UNOFFICIAL,
    E.STATUSES.REQUEST_HEADER_FIELDS_TOO_LARGE,
    E.STATUSES.LOGIN_TIMEOUT,
    E.STATUSES.NO_RESPONSE,
    E.STATUSES.RETRY_WITH,
    E.STATUSES.BLOCKED_BY_PARENTAL_CONTROL,
    E.STATUSES.UNAVAILABLE_FOR_LEGAL_REASONS,
    E.STATUSES.CLIENT_CLOSED_LOAD_BALANCED_REQUEST,
    E.STATUSES.INVALID_X_FORWARDED_FOR,
    E.STATUSES.REQUEST_HEADER_TOO_LARGE,
    E.STATUSES.SSL_CERTIFICATE_ERROR,
    E.STATUSES.SSL_CERTIFICATE_REQUIRED,
    E.STATUSES.HTTP_REQUEST_SENT_TO_HTTPS_PORT,
    E.STATUSES.INVALID_TOKEN,
    E.STATUSES.CLIENT_CLOSED_REQUEST,
    E.STATUSES.INTERNAL_SERVER_ERROR,
    E.STATUSES.NOT_IMPLEMENTED,
    E.STATUSES.BAD_GATEWAY,
    E.STATUSES.SERVICE_UNAVAILABLE,
    E.STATUSES.GATEWAY_TIMEOUT,
    E.STATUSES.HTTP_VERSION_NOT_SUPPORTED,
    E.STATUSES.VARIANT_ALSO_NEGOTIATES,
    E.STATUSES.INSUFFICIENT_STORAGE,
    E.STATUSES.LOOP_DETECTED,
    E.STATUSES.BANDWIDTH_LIMIT_EXCEEDED,
    E.STATUSES.NOT_EXTENDED,
    E.STATUSES.NETWORK_AUTHENTICATION_REQUIRED,
    E.STATUSES.WEB_SERVER_UNKNOWN_ERROR,
    E.STATUSES.WEB_SERVER_IS_DOWN,
    E.STATUSES.CONNECTION_TIMEOUT,
    E.STATUSES.ORIGIN_IS_UNREACHABLE,
    E.STATUSES.TIMEOUT_OCCURED,
    E.STATUSES.SSL_HANDSHAKE_FAILED,
    E.STATUSES.INVALID_SSL_CERTIFICATE,
    E.STATUSES.RAILGUN_ERROR,
    E.STATUSES.SITE_IS_OVERLOADED,
    E.STATUSES.SITE_IS_FROZEN,
    E.STATUSES.IDENTITY_PROVIDER_AUTHENTICATION_ERROR,
    E.STATUSES.NETWORK_READ_TIMEOUT,
    E.STATUSES.NETWORK_CONNECT_TIMEOUT,
  ];
  E.ALPHA = [];
  for (let A = 65; A <= 90; A++) E.ALPHA.push(String.fromCharCode(A)), E.ALPHA.push(String.fromCharCode(A + 32));
  E.NUM_MAP = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9 };
  E.HEX_MAP = {
    0: 0,
    1: 1,
    2: 2,
    3: 3,
    4: 4,
    5: 5,
    6: 6,
    7: 7,
    8: 8,
    9: 9,
    A: 10,
    B: 11,
    C: 12,
    D: 13,
    E: 14,
    F: 15,
    a: 10,
    b: 11,
    c: 12,
    d: 13,
    e: 14,
    f: 15,
  };
  E.NUM = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  E.ALPHANUM = E.ALPHA.concat(E.NUM);
  E.MARK = ['-', '_', '.', '!', '~', '*', "'", '(', ')'];
  E.USERINFO_CHARS = E.ALPHANUM.concat(E.MARK).concat(['%', ';', ':', '&', '=', '+', '$', ',']);
  E.URL_CHAR = [
    '!',
    '"',
    '$',
    '%',
    '&',
    "'",
    '(',
    ')',
    '*',
    '+',
    ',',
    '-',
    '.',
    '/',
    ':',
    ';',
    '<',
    '=',
    '>',
    '@',
    '[',
    '\\',
    ']',
    '^',
    '_',
    '`',
    '{',
    '|',
    '}',
    '~',
  ].concat(E.ALPHANUM);
  E.HEX = E.NUM.concat(['a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F']);
  E.TOKEN = ['!', '#', '$', '%', '&', "'", '*', '+', '-', '.', '^', '_', '`', '|', '~'].concat(E.ALPHANUM);
  E.HEADER_CHARS = ['	'];
  for (let A = 32; A <= 255; A++) A !== 127 && E.HEADER_CHARS.push(A);
  E.CONNECTION_TOKEN_CHARS = E.HEADER_CHARS.filter((A) => A !== 44);
  E.QUOTED_STRING = ['	', ' '];
  for (let A = 33; A <= 255; A++) A !== 34 && A !== 92 && E.QUOTED_STRING.push(A);
  E.HTAB_SP_VCHAR_OBS_TEXT = ['	', ' '];
  for (let A = 33; A <= 126; A++) E.HTAB_SP_VCHAR_OBS_TEXT.push(A);
  for (let A = 128; A <= 255; A++) E.HTAB_SP_VCHAR_OBS_TEXT.push(A);
  E.MAJOR = E.NUM_MAP;
  E.MINOR = E.MAJOR;
  E.SPECIAL_HEADERS = {
    connection: E.HEADER_STATE.CONNECTION,
    'content-length': E.HEADER_STATE.CONTENT_LENGTH,
    'proxy-connection': E.HEADER_STATE.CONNECTION,
    'transfer-encoding': E.HEADER_STATE.TRANSFER_ENCODING,
    upgrade: E.HEADER_STATE.UPGRADE,
  };
  E.default = {
    ERROR: E.ERROR,
    TYPE: E.TYPE,
    FLAGS: E.FLAGS,
    LENIENT_FLAGS: E.LENIENT_FLAGS,
    METHODS: E.METHODS,
    STATUSES: E.STATUSES,
    FINISH: E.FINISH,
    HEADER_STATE: E.HEADER_STATE,
    ALPHA: E.ALPHA,
    NUM_MAP: E.NUM_MAP,
    HEX_MAP: E.HEX_MAP,
    NUM: E.NUM,
    ALPHANUM: E.ALPHANUM,
    MARK: E.MARK,
    USERINFO_CHARS: E.USERINFO_CHARS,
    URL_CHAR: E.URL_CHAR,
    HEX: E.HEX,
    TOKEN: E.TOKEN,
    HEADER_CHARS: E.HEADER_CHARS,
    CONNECTION_TOKEN_CHARS: E.CONNECTION_TOKEN_CHARS,
    QUOTED_STRING: E.QUOTED_STRING,
    HTAB_SP_VCHAR_OBS_TEXT: E.HTAB_SP_VCHAR_OBS_TEXT,
    MAJOR: E.MAJOR,
    MINOR: E.MINOR,
    SPECIAL_HEADERS: E.SPECIAL_HEADERS,
    METHODS_HTTP: E.METHODS_HTTP,
    METHODS_ICE: E.METHODS_ICE,
    METHODS_RTSP: E.METHODS_RTSP,
    METHOD_MAP: E.METHOD_MAP,
    H_METHOD_MAP: E.H_METHOD_MAP,
    STATUSES_HTTP: E.STATUSES_HTTP,
  };
});
var Jg = w((P1, Kh) => {
  var { Buffer: nR } = require('node:buffer'),
    oR =
      'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCq/ZAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgL5YUCAgd/A34gASACaiEEAkAgACIDKAIMIgANACADKAIEBEAgAyABNgIECyMAQRBrIgkkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAygCHCICQQJrDvwBAfkBAgMEBQYHCAkKCwwNDg8QERL4ARP3ARQV9gEWF/UBGBkaGxwdHh8g/QH7ASH0ASIjJCUmJygpKivzASwtLi8wMTLyAfEBMzTwAe8BNTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P+gFQUVJT7gHtAVTsAVXrAVZXWFla6gFbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcoBywHMAc0BzgHpAegBzwHnAdAB5gHRAdIB0wHUAeUB1QHWAdcB2AHZAdoB2wHcAd0B3gHfAeAB4QHiAeMBAPwBC0EADOMBC0EODOIBC0ENDOEBC0EPDOABC0EQDN8BC0ETDN4BC0EUDN0BC0EVDNwBC0EWDNsBC0EXDNoBC0EYDNkBC0EZDNgBC0EaDNcBC0EbDNYBC0EcDNUBC0EdDNQBC0EeDNMBC0EfDNIBC0EgDNEBC0EhDNABC0EIDM8BC0EiDM4BC0EkDM0BC0EjDMwBC0EHDMsBC0ElDMoBC0EmDMkBC0EnDMgBC0EoDMcBC0ESDMYBC0ERDMUBC0EpDMQBC0EqDMMBC0ErDMIBC0EsDMEBC0HeAQzAAQtBLgy/AQtBLwy+AQtBMAy9AQtBMQy8AQtBMgy7AQtBMwy6AQtBNAy5AQtB3wEMuAELQTUMtwELQTkMtgELQQwMtQELQTYMtAELQTcMswELQTgMsgELQT4MsQELQToMsAELQeABDK8BC0ELDK4BC0E/DK0BC0E7DKwBC0EKDKsBC0E8DKoBC0E9DKkBC0HhAQyoAQtBwQAMpwELQcAADKYBC0HCAAylAQtBCQykAQtBLQyjAQtBwwAMogELQcQADKEBC0HFAAygAQtBxgAMnwELQccADJ4BC0HIAAydAQtByQAMnAELQcoADJsBC0HLAAyaAQtBzAAMmQELQc0ADJgBC0HOAAyXAQtBzwAMlgELQdAADJUBC0HRAAyUAQtB0gAMkwELQdMADJIBC0HVAAyRAQtB1AAMkAELQdYADI8BC0HXAAyOAQtB2AAMjQELQdkADIwBC0HaAAyLAQtB2wAMigELQdwADIkBC0HdAAyIAQtB3gAMhwELQd8ADIYBC0HgAAyFAQtB4QAMhAELQeIADIMBC0HjAAyCAQtB5AAMgQELQeUADIABC0HiAQx/C0HmAAx+C0HnAAx9C0EGDHwLQegADHsLQQUMegtB6QAMeQtBBAx4C0HqAAx3C0HrAAx2C0HsAAx1C0HtAAx0C0EDDHMLQe4ADHILQe8ADHELQfAADHALQfIADG8LQfEADG4LQfMADG0LQfQADGwLQfUADGsLQfYADGoLQQIMaQtB9wAMaAtB+AAMZwtB+QAMZgtB+gAMZQtB+wAMZAtB/AAMYwtB/QAMYgtB/gAMYQtB/wAMYAtBgAEMXwtBgQEMXgtBggEMXQtBgwEMXAtBhAEMWwtBhQEMWgtBhgEMWQtBhwEMWAtBiAEMVwtBiQEMVgtBigEMVQtBiwEMVAtBjAEMUwtBjQEMUgtBjgEMUQtBjwEMUAtBkAEMTwtBkQEMTgtBkgEMTQtBkwEMTAtBlAEMSwtBlQEMSgtBlgEMSQtBlwEMSAtBmAEMRwtBmQEMRgtBmgEMRQtBmwEMRAtBnAEMQwtBnQEMQgtBngEMQQtBnwEMQAtBoAEMPwtBoQEMPgtBogEMPQtBowEMPAtBpAEMOwtBpQEMOgtBpgEMOQtBpwEMOAtBqAEMNwtBqQEMNgtBqgEMNQtBqwEMNAtBrAEMMwtBrQEMMgtBrgEMMQtBrwEMMAtBsAEMLwtBsQEMLgtBsgEMLQtBswEMLAtBtAEMKwtBtQEMKgtBtgEMKQtBtwEMKAtBuAEMJwtBuQEMJgtBugEMJQtBuwEMJAtBvAEMIwtBvQEMIgtBvgEMIQtBvwEMIAtBwAEMHwtBwQEMHgtBwgEMHQtBAQwcC0HDAQwbC0HEAQwaC0HFAQwZC0HGAQwYC0HHAQwXC0HIAQwWC0HJAQwVC0HKAQwUC0HLAQwTC0HMAQwSC0HNAQwRC0HOAQwQC0HPAQwPC0HQAQwOC0HRAQwNC0HSAQwMC0HTAQwLC0HUAQwKC0HVAQwJC0HWAQwIC0HjAQwHC0HXAQwGC0HYAQwFC0HZAQwEC0HaAQwDC0HbAQwCC0HdAQwBC0HcAQshAgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAg7jAQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEjJCUnKCmeA5sDmgORA4oDgwOAA/0C+wL4AvIC8QLvAu0C6ALnAuYC5QLkAtwC2wLaAtkC2ALXAtYC1QLPAs4CzALLAsoCyQLIAscCxgLEAsMCvgK8AroCuQK4ArcCtgK1ArQCswKyArECsAKuAq0CqQKoAqcCpgKlAqQCowKiAqECoAKfApgCkAKMAosCigKBAv4B/QH8AfsB+gH5AfgB9wH1AfMB8AHrAekB6AHnAeYB5QHkAeMB4gHhAeAB3wHeAd0B3AHaAdkB2AHXAdYB1QHUAdMB0gHRAdABzwHOAc0BzAHLAcoByQHIAccBxgHFAcQBwwHCAcEBwAG/Ab4BvQG8AbsBugG5AbgBtwG2AbUBtAGzAbIBsQGwAa8BrgGtAawBqwGqAakBqAGnAaYBpQGkAaMBogGfAZ4BmQGYAZcBlgGVAZQBkwGSAZEBkAGPAY0BjAGHAYYBhQGEAYMBggF9fHt6eXZ1dFBRUlNUVQsgASAERw1yQf0BIQIMvgMLIAEgBEcNmAFB2wEhAgy9AwsgASAERw3xAUGOASECDLwDCyABIARHDfwBQYQBIQIMuwMLIAEgBEcNigJB/wAhAgy6AwsgASAERw2RAkH9ACECDLkDCyABIARHDZQCQfsAIQIMuAMLIAEgBEcNHkEeIQIMtwMLIAEgBEcNGUEYIQIMtgMLIAEgBEcNygJBzQAhAgy1AwsgASAERw3VAkHGACECDLQDCyABIARHDdYCQcMAIQIMswMLIAEgBEcN3AJBOCECDLIDCyADLQAwQQFGDa0DDIkDC0EAIQACQAJAAkAgAy0AKkUNACADLQArRQ0AIAMvATIiAkECcUUNAQwCCyADLwEyIgJBAXFFDQELQQEhACADLQAoQQFGDQAgAy8BNCIGQeQAa0HkAEkNACAGQcwBRg0AIAZBsAJGDQAgAkHAAHENAEEAIQAgAkGIBHFBgARGDQAgAkEocUEARyEACyADQQA7ATIgA0EAOgAxAkAgAEUEQCADQQA6ADEgAy0ALkEEcQ0BDLEDCyADQgA3AyALIANBADoAMSADQQE6ADYMSAtBACEAAkAgAygCOCICRQ0AIAIoAjAiAkUNACADIAIRAAAhAAsgAEUNSCAAQRVHDWIgA0EENgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMrwMLIAEgBEYEQEEGIQIMrwMLIAEtAABBCkcNGSABQQFqIQEMGgsgA0IANwMgQRIhAgyUAwsgASAERw2KA0EjIQIMrAMLIAEgBEYEQEEHIQIMrAMLAkACQCABLQAAQQprDgQBGBgAGAsgAUEBaiEBQRAhAgyTAwsgAUEBaiEBIANBL2otAABBAXENF0EAIQIgA0EANgIcIAMgATYCFCADQZkgNgIQIANBGTYCDAyrAwsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFoNGEEIIQIMqgMLIAEgBEcEQCADQQk2AgggAyABNgIEQRQhAgyRAwtBCSECDKkDCyADKQMgUA2uAgxDCyABIARGBEBBCyECDKgDCyABLQAAQQpHDRYgAUEBaiEBDBcLIANBL2otAABBAXFFDRkMJgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0ZDEILQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGgwkC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRsMMgsgA0Evai0AAEEBcUUNHAwiC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADRwMQgtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0dDCALIAEgBEYEQEETIQIMoAMLAkAgAS0AACIAQQprDgQfIyMAIgsgAUEBaiEBDB8LQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIgxCCyABIARGBEBBFiECDJ4DCyABLQAAQcDBAGotAABBAUcNIwyDAwsCQANAIAEtAABBsDtqLQAAIgBBAUcEQAJAIABBAmsOAgMAJwsgAUEBaiEBQSEhAgyGAwsgBCABQQFqIgFHDQALQRghAgydAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAFBAWoiARA0IgANIQxBC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADSMMKgsgASAERgRAQRwhAgybAwsgA0EKNgIIIAMgATYCBEEAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADSVBJCECDIEDCyABIARHBEADQCABLQAAQbA9ai0AACIAQQNHBEAgAEEBaw4FGBomggMlJgsgBCABQQFqIgFHDQALQRshAgyaAwtBGyECDJkDCwNAIAEtAABBsD9qLQAAIgBBA0cEQCAAQQFrDgUPEScTJicLIAQgAUEBaiIBRw0AC0EeIQIMmAMLIAEgBEcEQCADQQs2AgggAyABNgIEQQchAgz/AgtBHyECDJcDCyABIARGBEBBICECDJcDCwJAIAEtAABBDWsOFC4/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8APwtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQMlgMLIANBL2ohAgNAIAEgBEYEQEEhIQIMlwMLAkACQAJAIAEtAAAiAEEJaw4YAgApKQEpKSkpKSkpKSkpKSkpKSkpKSkCJwsgAUEBaiEBIANBL2otAABBAXFFDQoMGAsgAUEBaiEBDBcLIAFBAWohASACLQAAQQJxDQALQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDJUDCyADLQAuQYABcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUN5gIgAEEVRgRAIANBJDYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDJQDC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAyTAwtBACECIANBADYCHCADIAE2AhQgA0G+IDYCECADQQI2AgwMkgMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABIAynaiIBEDIiAEUNKyADQQc2AhwgAyABNgIUIAMgADYCDAyRAwsgAy0ALkHAAHFFDQELQQAhAAJAIAMoAjgiAkUNACACKAJYIgJFDQAgAyACEQAAIQALIABFDSsgAEEVRgRAIANBCjYCHCADIAE2AhQgA0HrGTYCECADQRU2AgxBACECDJADC0EAIQIgA0EANgIcIAMgATYCFCADQZMMNgIQIANBEzYCDAyPAwtBACECIANBADYCHCADIAE2AhQgA0GCFTYCECADQQI2AgwMjgMLQQAhAiADQQA2AhwgAyABNgIUIANB3RQ2AhAgA0EZNgIMDI0DC0EAIQIgA0EANgIcIAMgATYCFCADQeYdNgIQIANBGTYCDAyMAwsgAEEVRg09QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIsDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFDSggA0ENNgIcIAMgATYCFCADIAA2AgwMigMLIABBFUYNOkEAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAyJAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwoCyADQQ42AhwgAyAANgIMIAMgAUEBajYCFAyIAwsgAEEVRg03QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIcDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCcLIANBDzYCHCADIAA2AgwgAyABQQFqNgIUDIYDC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAyFAwsgAEEVRg0zQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIQDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFDSUgA0ERNgIcIAMgATYCFCADIAA2AgwMgwMLIABBFUYNMEEAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAyCAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwlCyADQRI2AhwgAyAANgIMIAMgAUEBajYCFAyBAwsgA0Evai0AAEEBcUUNAQtBFyECDOYCC0EAIQIgA0EANgIcIAMgATYCFCADQeIXNgIQIANBGTYCDAz+AgsgAEE7Rw0AIAFBAWohAQwMC0EAIQIgA0EANgIcIAMgATYCFCADQZIYNgIQIANBAjYCDAz8AgsgAEEVRg0oQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDPsCCyADQRQ2AhwgAyABNgIUIAMgADYCDAz6AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQz1AgsgA0EVNgIcIAMgADYCDCADIAFBAWo2AhQM+QILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM8wILIANBFzYCHCADIAA2AgwgAyABQQFqNgIUDPgCCyAAQRVGDSNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM9wILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEMHQsgA0EZNgIcIAMgADYCDCADIAFBAWo2AhQM9gILIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUEQCABQQFqIQEM7wILIANBGjYCHCADIAA2AgwgAyABQQFqNgIUDPUCCyAAQRVGDR9BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwM9AILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQwbCyADQRw2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8wILIAMoAgQhACADQQA2AgQgAyAAIAEQMyIARQRAIAFBAWohAQzrAgsgA0EdNgIcIAMgADYCDCADIAFBAWo2AhRBACECDPICCyAAQTtHDQEgAUEBaiEBC0EmIQIM1wILQQAhAiADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMDO8CCyABIARHBEADQCABLQAAQSBHDYQCIAQgAUEBaiIBRw0AC0EsIQIM7wILQSwhAgzuAgsgASAERgRAQTQhAgzuAgsCQAJAA0ACQCABLQAAQQprDgQCAAADAAsgBCABQQFqIgFHDQALQTQhAgzvAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDZ8CIANBMjYCHCADIAE2AhQgAyAANgIMQQAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDJ8CCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM7QILIAEgBEcEQAJAA0AgAS0AAEEwayIAQf8BcUEKTwRAQTohAgzXAgsgAykDICILQpmz5syZs+bMGVYNASADIAtCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAMgCiALfDcDICAEIAFBAWoiAUcNAAtBwAAhAgzuAgsgAygCBCEAIANBADYCBCADIAAgAUEBaiIBEDEiAA0XDOICC0HAACECDOwCCyABIARGBEBByQAhAgzsAgsCQANAAkAgAS0AAEEJaw4YAAKiAqICqQKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogIAogILIAQgAUEBaiIBRw0AC0HJACECDOwCCyABQQFqIQEgA0Evai0AAEEBcQ2lAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgzrAgsgASAERwRAA0AgAS0AAEEgRw0VIAQgAUEBaiIBRw0AC0H4ACECDOsCC0H4ACECDOoCCyADQQI6ACgMOAtBACECIANBADYCHCADQb8LNgIQIANBAjYCDCADIAFBAWo2AhQM6AILQQAhAgzOAgtBDSECDM0CC0ETIQIMzAILQRUhAgzLAgtBFiECDMoCC0EYIQIMyQILQRkhAgzIAgtBGiECDMcCC0EbIQIMxgILQRwhAgzFAgtBHSECDMQCC0EeIQIMwwILQR8hAgzCAgtBICECDMECC0EiIQIMwAILQSMhAgy/AgtBJSECDL4CC0HlACECDL0CCyADQT02AhwgAyABNgIUIAMgADYCDEEAIQIM1QILIANBGzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDNQCCyADQSA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzTAgsgA0ETNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0gILIANBCzYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNECCyADQRA2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzQAgsgA0EgNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzwILIANBCzYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM4CCyADQQw2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzNAgtBACECIANBADYCHCADIAE2AhQgA0HdDjYCECADQRI2AgwMzAILAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB/QEhAgzMAgsCQAJAIAMtADZBAUcNAEEAIQACQCADKAI4IgJFDQAgAigCYCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUcNASADQfwBNgIcIAMgATYCFCADQdwZNgIQIANBFTYCDEEAIQIMzQILQdwBIQIMswILIANBADYCHCADIAE2AhQgA0H5CzYCECADQR82AgxBACECDMsCCwJAAkAgAy0AKEEBaw4CBAEAC0HbASECDLICC0HUASECDLECCyADQQI6ADFBACEAAkAgAygCOCICRQ0AIAIoAgAiAkUNACADIAIRAAAhAAsgAEUEQEHdASECDLECCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQbQMNgIQIANBEDYCDEEAIQIMygILIANB+wE2AhwgAyABNgIUIANBgRo2AhAgA0EVNgIMQQAhAgzJAgsgASAERgRAQfoBIQIMyQILIAEtAABByABGDQEgA0EBOgAoC0HAASECDK4CC0HaASECDK0CCyABIARHBEAgA0EMNgIIIAMgATYCBEHZASECDK0CC0H5ASECDMUCCyABIARGBEBB+AEhAgzFAgsgAS0AAEHIAEcNBCABQQFqIQFB2AEhAgyrAgsgASAERgRAQfcBIQIMxAILAkACQCABLQAAQcUAaw4QAAUFBQUFBQUFBQUFBQUFAQULIAFBAWohAUHWASECDKsCCyABQQFqIQFB1wEhAgyqAgtB9gEhAiABIARGDcICIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbrVAGotAABHDQMgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMMCCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIARQRAQeMBIQIMqgILIANB9QE2AhwgAyABNgIUIAMgADYCDEEAIQIMwgILQfQBIQIgASAERg3BAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEG41QBqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzCAgsgA0GBBDsBKCADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQLiIADQMMAgsgA0EANgIAC0EAIQIgA0EANgIcIAMgATYCFCADQeUfNgIQIANBCDYCDAy/AgtB1QEhAgylAgsgA0HzATYCHCADIAE2AhQgAyAANgIMQQAhAgy9AgtBACEAAkAgAygCOCICRQ0AIAIoAkAiAkUNACADIAIRAAAhAAsgAEUNbiAAQRVHBEAgA0EANgIcIAMgATYCFCADQYIPNgIQIANBIDYCDEEAIQIMvQILIANBjwE2AhwgAyABNgIUIANB7Bs2AhAgA0EVNgIMQQAhAgy8AgsgASAERwRAIANBDTYCCCADIAE2AgRB0wEhAgyjAgtB8gEhAgy7AgsgASAERgRAQfEBIQIMuwILAkACQAJAIAEtAABByABrDgsAAQgICAgICAgIAggLIAFBAWohAUHQASECDKMCCyABQQFqIQFB0QEhAgyiAgsgAUEBaiEBQdIBIQIMoQILQfABIQIgASAERg25AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBtdUAai0AAEcNBCAAQQJGDQMgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuQILQe8BIQIgASAERg24AiADKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABBs9UAai0AAEcNAyAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMuAILQe4BIQIgASAERg23AiADKAIAIgAgBCABa2ohBiABIABrQQJqIQUDQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAY2AgAMtwILIAMoAgQhACADQgA3AwAgAyAAIAVBAWoiARArIgBFDQIgA0HsATYCHCADIAE2AhQgAyAANgIMQQAhAgy2AgsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNnAIgA0HtATYCHCADIAE2AhQgAyAANgIMQQAhAgy0AgtBzwEhAgyaAgtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDLQCC0HOASECDJoCCyADQesBNgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMsgILIAEgBEYEQEHrASECDLICCyABLQAAQS9GBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GyODYCECADQQg2AgxBACECDLECC0HNASECDJcCCyABIARHBEAgA0EONgIIIAMgATYCBEHMASECDJcCC0HqASECDK8CCyABIARGBEBB6QEhAgyvAgsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFBywEhAgyWAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZcCIANB6AE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAEgBEYEQEHnASECDK4CCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5gE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILQcoBIQIMlAILIAEgBEYEQEHlASECDK0CC0EAIQBBASEFQQEhB0EAIQICQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQCABLQAAQTBrDgoKCQABAgMEBQYICwtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshAkEAIQVBACEHDAILQQkhAkEBIQBBACEFQQAhBwwBC0EAIQVBASECCyADIAI6ACsgAUEBaiEBAkACQCADLQAuQRBxDQACQAJAAkAgAy0AKg4DAQACBAsgB0UNAwwCCyAADQEMAgsgBUUNAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDQIgA0HiATYCHCADIAE2AhQgAyAANgIMQQAhAgyvAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZoCIANB4wE2AhwgAyABNgIUIAMgADYCDEEAIQIMrgILIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ2YAiADQeQBNgIcIAMgATYCFCADIAA2AgwMrQILQckBIQIMkwILQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgytAgtByAEhAgyTAgsgA0HhATYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDKsCCyABIARGBEBB4QEhAgyrAgsCQCABLQAAQSBGBEAgA0EAOwE0IAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBmRE2AhAgA0EJNgIMQQAhAgyrAgtBxwEhAgyRAgsgASAERgRAQeABIQIMqgILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyrAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqgILQcYBIQIMkAILIAEgBEYEQEHfASECDKkCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqgILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKkCC0HFASECDI8CCyABIARGBEBB3gEhAgyoAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKkCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyoAgtBxAEhAgyOAgsgASAERgRAQd0BIQIMpwILAkACQAJAAkAgAS0AAEEKaw4XAgMDAAMDAwMDAwMDAwMDAwMDAwMDAwEDCyABQQFqDAULIAFBAWohAUHDASECDI8CCyABQQFqIQEgA0Evai0AAEEBcQ0IIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKcCCyADQQA2AhwgAyABNgIUIANBjQs2AhAgA0ENNgIMQQAhAgymAgsgASAERwRAIANBDzYCCCADIAE2AgRBASECDI0CC0HcASECDKUCCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtB2wEhAgymAgsgAygCBCEAIANBADYCBCADIAAgARAtIgBFBEAgAUEBaiEBDAQLIANB2gE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMpQILIAMoAgQhACADQQA2AgQgAyAAIAEQLSIADQEgAUEBagshAUHBASECDIoCCyADQdkBNgIcIAMgADYCDCADIAFBAWo2AhRBACECDKICC0HCASECDIgCCyADQS9qLQAAQQFxDQEgA0EANgIcIAMgATYCFCADQeQcNgIQIANBGTYCDEEAIQIMoAILIAEgBEYEQEHZASECDKACCwJAAkACQCABLQAAQQprDgQBAgIAAgsgAUEBaiEBDAILIAFBAWohAQwBCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAjwiAkUNACADIAIRAAAhAAsgAEUNoAEgAEEVRgRAIANB2QA2AhwgAyABNgIUIANBtxo2AhAgA0EVNgIMQQAhAgyfAgsgA0EANgIcIAMgATYCFCADQYANNgIQIANBGzYCDEEAIQIMngILIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDJ0CCyABIARHBEAgA0EMNgIIIAMgATYCBEG/ASECDIQCC0HYASECDJwCCyABIARGBEBB1wEhAgycAgsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBwQBrDhUAAQIDWgQFBlpaWgcICQoLDA0ODxBaCyABQQFqIQFB+wAhAgySAgsgAUEBaiEBQfwAIQIMkQILIAFBAWohAUGBASECDJACCyABQQFqIQFBhQEhAgyPAgsgAUEBaiEBQYYBIQIMjgILIAFBAWohAUGJASECDI0CCyABQQFqIQFBigEhAgyMAgsgAUEBaiEBQY0BIQIMiwILIAFBAWohAUGWASECDIoCCyABQQFqIQFBlwEhAgyJAgsgAUEBaiEBQZgBIQIMiAILIAFBAWohAUGlASECDIcCCyABQQFqIQFBpgEhAgyGAgsgAUEBaiEBQawBIQIMhQILIAFBAWohAUG0ASECDIQCCyABQQFqIQFBtwEhAgyDAgsgAUEBaiEBQb4BIQIMggILIAEgBEYEQEHWASECDJsCCyABLQAAQc4ARw1IIAFBAWohAUG9ASECDIECCyABIARGBEBB1QEhAgyaAgsCQAJAAkAgAS0AAEHCAGsOEgBKSkpKSkpKSkoBSkpKSkpKAkoLIAFBAWohAUG4ASECDIICCyABQQFqIQFBuwEhAgyBAgsgAUEBaiEBQbwBIQIMgAILQdQBIQIgASAERg2YAiADKAIAIgAgBCABa2ohBSABIABrQQdqIQYCQANAIAEtAAAgAEGo1QBqLQAARw1FIABBB0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAgsgA0EANgIAIAZBAWohAUEbDEULIAEgBEYEQEHTASECDJgCCwJAAkAgAS0AAEHJAGsOBwBHR0dHRwFHCyABQQFqIQFBuQEhAgz/AQsgAUEBaiEBQboBIQIM/gELQdIBIQIgASAERg2WAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw1DIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyXAgsgA0EANgIAIAZBAWohAUEPDEMLQdEBIQIgASAERg2VAiADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw1CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyWAgsgA0EANgIAIAZBAWohAUEgDEILQdABIQIgASAERg2UAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw1BIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyVAgsgA0EANgIAIAZBAWohAUESDEELIAEgBEYEQEHPASECDJQCCwJAAkAgAS0AAEHFAGsODgBDQ0NDQ0NDQ0NDQ0MBQwsgAUEBaiEBQbUBIQIM+wELIAFBAWohAUG2ASECDPoBC0HOASECIAEgBEYNkgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBntUAai0AAEcNPyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkwILIANBADYCACAGQQFqIQFBBww/C0HNASECIAEgBEYNkQIgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBmNUAai0AAEcNPiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkgILIANBADYCACAGQQFqIQFBKAw+CyABIARGBEBBzAEhAgyRAgsCQAJAAkAgAS0AAEHFAGsOEQBBQUFBQUFBQUEBQUFBQUECQQsgAUEBaiEBQbEBIQIM+QELIAFBAWohAUGyASECDPgBCyABQQFqIQFBswEhAgz3AQtBywEhAiABIARGDY8CIAMoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQZHVAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJACCyADQQA2AgAgBkEBaiEBQRoMPAtBygEhAiABIARGDY4CIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQY3VAGotAABHDTsgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADI8CCyADQQA2AgAgBkEBaiEBQSEMOwsgASAERgRAQckBIQIMjgILAkACQCABLQAAQcEAaw4UAD09PT09PT09PT09PT09PT09PQE9CyABQQFqIQFBrQEhAgz1AQsgAUEBaiEBQbABIQIM9AELIAEgBEYEQEHIASECDI0CCwJAAkAgAS0AAEHVAGsOCwA8PDw8PDw8PDwBPAsgAUEBaiEBQa4BIQIM9AELIAFBAWohAUGvASECDPMBC0HHASECIAEgBEYNiwIgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNOCAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjAILIANBADYCACAGQQFqIQFBKgw4CyABIARGBEBBxgEhAgyLAgsgAS0AAEHQAEcNOCABQQFqIQFBJQw3C0HFASECIAEgBEYNiQIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBgdUAai0AAEcNNiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMigILIANBADYCACAGQQFqIQFBDgw2CyABIARGBEBBxAEhAgyJAgsgAS0AAEHFAEcNNiABQQFqIQFBqwEhAgzvAQsgASAERgRAQcMBIQIMiAILAkACQAJAAkAgAS0AAEHCAGsODwABAjk5OTk5OTk5OTk5AzkLIAFBAWohAUGnASECDPEBCyABQQFqIQFBqAEhAgzwAQsgAUEBaiEBQakBIQIM7wELIAFBAWohAUGqASECDO4BC0HCASECIAEgBEYNhgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB/tQAai0AAEcNMyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhwILIANBADYCACAGQQFqIQFBFAwzC0HBASECIAEgBEYNhQIgAygCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABB+dQAai0AAEcNMiAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhgILIANBADYCACAGQQFqIQFBKwwyC0HAASECIAEgBEYNhAIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB9tQAai0AAEcNMSAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhQILIANBADYCACAGQQFqIQFBLAwxC0G/ASECIAEgBEYNgwIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNMCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMhAILIANBADYCACAGQQFqIQFBEQwwC0G+ASECIAEgBEYNggIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB8tQAai0AAEcNLyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgwILIANBADYCACAGQQFqIQFBLgwvCyABIARGBEBBvQEhAgyCAgsCQAJAAkACQAJAIAEtAABBwQBrDhUANDQ0NDQ0NDQ0NAE0NAI0NAM0NAQ0CyABQQFqIQFBmwEhAgzsAQsgAUEBaiEBQZwBIQIM6wELIAFBAWohAUGdASECDOoBCyABQQFqIQFBogEhAgzpAQsgAUEBaiEBQaQBIQIM6AELIAEgBEYEQEG8ASECDIECCwJAAkAgAS0AAEHSAGsOAwAwATALIAFBAWohAUGjASECDOgBCyABQQFqIQFBBAwtC0G7ASECIAEgBEYN/wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8NQAai0AAEcNLCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMgAILIANBADYCACAGQQFqIQFBHQwsCyABIARGBEBBugEhAgz/AQsCQAJAIAEtAABByQBrDgcBLi4uLi4ALgsgAUEBaiEBQaEBIQIM5gELIAFBAWohAUEiDCsLIAEgBEYEQEG5ASECDP4BCyABLQAAQdAARw0rIAFBAWohAUGgASECDOQBCyABIARGBEBBuAEhAgz9AQsCQAJAIAEtAABBxgBrDgsALCwsLCwsLCwsASwLIAFBAWohAUGeASECDOQBCyABQQFqIQFBnwEhAgzjAQtBtwEhAiABIARGDfsBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQezUAGotAABHDSggAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPwBCyADQQA2AgAgBkEBaiEBQQ0MKAtBtgEhAiABIARGDfoBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDScgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPsBCyADQQA2AgAgBkEBaiEBQQwMJwtBtQEhAiABIARGDfkBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQerUAGotAABHDSYgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPoBCyADQQA2AgAgBkEBaiEBQQMMJgtBtAEhAiABIARGDfgBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQejUAGotAABHDSUgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPkBCyADQQA2AgAgBkEBaiEBQSYMJQsgASAERgRAQbMBIQIM+AELAkACQCABLQAAQdQAaw4CAAEnCyABQQFqIQFBmQEhAgzfAQsgAUEBaiEBQZoBIQIM3gELQbIBIQIgASAERg32ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHm1ABqLQAARw0jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz3AQsgA0EANgIAIAZBAWohAUEnDCMLQbEBIQIgASAERg31ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHk1ABqLQAARw0iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz2AQsgA0EANgIAIAZBAWohAUEcDCILQbABIQIgASAERg30ASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHe1ABqLQAARw0hIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz1AQsgA0EANgIAIAZBAWohAUEGDCELQa8BIQIgASAERg3zASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHZ1ABqLQAARw0gIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAz0AQsgA0EANgIAIAZBAWohAUEZDCALIAEgBEYEQEGuASECDPMBCwJAAkACQAJAIAEtAABBLWsOIwAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJAEkJCQkJAIkJCQDJAsgAUEBaiEBQY4BIQIM3AELIAFBAWohAUGPASECDNsBCyABQQFqIQFBlAEhAgzaAQsgAUEBaiEBQZUBIQIM2QELQa0BIQIgASAERg3xASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHX1ABqLQAARw0eIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzyAQsgA0EANgIAIAZBAWohAUELDB4LIAEgBEYEQEGsASECDPEBCwJAAkAgAS0AAEHBAGsOAwAgASALIAFBAWohAUGQASECDNgBCyABQQFqIQFBkwEhAgzXAQsgASAERgRAQasBIQIM8AELAkACQCABLQAAQcEAaw4PAB8fHx8fHx8fHx8fHx8BHwsgAUEBaiEBQZEBIQIM1wELIAFBAWohAUGSASECDNYBCyABIARGBEBBqgEhAgzvAQsgAS0AAEHMAEcNHCABQQFqIQFBCgwbC0GpASECIAEgBEYN7QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABB0dQAai0AAEcNGiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7gELIANBADYCACAGQQFqIQFBHgwaC0GoASECIAEgBEYN7AEgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBytQAai0AAEcNGSAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7QELIANBADYCACAGQQFqIQFBFQwZC0GnASECIAEgBEYN6wEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBx9QAai0AAEcNGCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM7AELIANBADYCACAGQQFqIQFBFwwYC0GmASECIAEgBEYN6gEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBwdQAai0AAEcNFyAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6wELIANBADYCACAGQQFqIQFBGAwXCyABIARGBEBBpQEhAgzqAQsCQAJAIAEtAABByQBrDgcAGRkZGRkBGQsgAUEBaiEBQYsBIQIM0QELIAFBAWohAUGMASECDNABC0GkASECIAEgBEYN6AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBptUAai0AAEcNFSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6QELIANBADYCACAGQQFqIQFBCQwVC0GjASECIAEgBEYN5wEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBpNUAai0AAEcNFCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM6AELIANBADYCACAGQQFqIQFBHwwUC0GiASECIAEgBEYN5gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBvtQAai0AAEcNEyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5wELIANBADYCACAGQQFqIQFBAgwTC0GhASECIAEgBEYN5QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGA0AgAS0AACAAQbzUAGotAABHDREgAEEBRg0CIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADOUBCyABIARGBEBBoAEhAgzlAQtBASABLQAAQd8ARw0RGiABQQFqIQFBhwEhAgzLAQsgA0EANgIAIAZBAWohAUGIASECDMoBC0GfASECIAEgBEYN4gEgAygCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABBhNUAai0AAEcNDyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4wELIANBADYCACAGQQFqIQFBKQwPC0GeASECIAEgBEYN4QEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBuNQAai0AAEcNDiAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM4gELIANBADYCACAGQQFqIQFBLQwOCyABIARGBEBBnQEhAgzhAQsgAS0AAEHFAEcNDiABQQFqIQFBhAEhAgzHAQsgASAERgRAQZwBIQIM4AELAkACQCABLQAAQcwAaw4IAA8PDw8PDwEPCyABQQFqIQFBggEhAgzHAQsgAUEBaiEBQYMBIQIMxgELQZsBIQIgASAERg3eASADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEGz1ABqLQAARw0LIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzfAQsgA0EANgIAIAZBAWohAUEjDAsLQZoBIQIgASAERg3dASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGw1ABqLQAARw0KIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzeAQsgA0EANgIAIAZBAWohAUEADAoLIAEgBEYEQEGZASECDN0BCwJAAkAgAS0AAEHIAGsOCAAMDAwMDAwBDAsgAUEBaiEBQf0AIQIMxAELIAFBAWohAUGAASECDMMBCyABIARGBEBBmAEhAgzcAQsCQAJAIAEtAABBzgBrDgMACwELCyABQQFqIQFB/gAhAgzDAQsgAUEBaiEBQf8AIQIMwgELIAEgBEYEQEGXASECDNsBCyABLQAAQdkARw0IIAFBAWohAUEIDAcLQZYBIQIgASAERg3ZASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEGs1ABqLQAARw0GIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzaAQsgA0EANgIAIAZBAWohAUEFDAYLQZUBIQIgASAERg3YASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGm1ABqLQAARw0FIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzZAQsgA0EANgIAIAZBAWohAUEWDAULQZQBIQIgASAERg3XASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0EIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzYAQsgA0EANgIAIAZBAWohAUEQDAQLIAEgBEYEQEGTASECDNcBCwJAAkAgAS0AAEHDAGsODAAGBgYGBgYGBgYGAQYLIAFBAWohAUH5ACECDL4BCyABQQFqIQFB+gAhAgy9AQtBkgEhAiABIARGDdUBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQaDUAGotAABHDQIgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNYBCyADQQA2AgAgBkEBaiEBQSQMAgsgA0EANgIADAILIAEgBEYEQEGRASECDNQBCyABLQAAQcwARw0BIAFBAWohAUETCzoAKSADKAIEIQAgA0EANgIEIAMgACABEC4iAA0CDAELQQAhAiADQQA2AhwgAyABNgIUIANB/h82AhAgA0EGNgIMDNEBC0H4ACECDLcBCyADQZABNgIcIAMgATYCFCADIAA2AgxBACECDM8BC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ0AIABBFUYNASADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgzOAQtB9wAhAgy0AQsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDMwBCyABIARGBEBBjwEhAgzMAQsCQCABLQAAQSBGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GbHzYCECADQQY2AgxBACECDMwBC0ECIQIMsgELA0AgAS0AAEEgRw0CIAQgAUEBaiIBRw0AC0GOASECDMoBCyABIARGBEBBjQEhAgzKAQsCQCABLQAAQQlrDgRKAABKAAtB9QAhAgywAQsgAy0AKUEFRgRAQfYAIQIMsAELQfQAIQIMrwELIAEgBEYEQEGMASECDMgBCyADQRA2AgggAyABNgIEDAoLIAEgBEYEQEGLASECDMcBCwJAIAEtAABBCWsOBEcAAEcAC0HzACECDK0BCyABIARHBEAgA0EQNgIIIAMgATYCBEHxACECDK0BC0GKASECDMUBCwJAIAEgBEcEQANAIAEtAABBoNAAai0AACIAQQNHBEACQCAAQQFrDgJJAAQLQfAAIQIMrwELIAQgAUEBaiIBRw0AC0GIASECDMYBC0GIASECDMUBCyADQQA2AhwgAyABNgIUIANB2yA2AhAgA0EHNgIMQQAhAgzEAQsgASAERgRAQYkBIQIMxAELAkACQAJAIAEtAABBoNIAai0AAEEBaw4DRgIAAQtB8gAhAgysAQsgA0EANgIcIAMgATYCFCADQbQSNgIQIANBBzYCDEEAIQIMxAELQeoAIQIMqgELIAEgBEcEQCABQQFqIQFB7wAhAgyqAQtBhwEhAgzCAQsgBCABIgBGBEBBhgEhAgzCAQsgAC0AACIBQS9GBEAgAEEBaiEBQe4AIQIMqQELIAFBCWsiAkEXSw0BIAAhAUEBIAJ0QZuAgARxDUEMAQsgBCABIgBGBEBBhQEhAgzBAQsgAC0AAEEvRw0AIABBAWohAQwDC0EAIQIgA0EANgIcIAMgADYCFCADQdsgNgIQIANBBzYCDAy/AQsCQAJAAkACQAJAA0AgAS0AAEGgzgBqLQAAIgBBBUcEQAJAAkAgAEEBaw4IRwUGBwgABAEIC0HrACECDK0BCyABQQFqIQFB7QAhAgysAQsgBCABQQFqIgFHDQALQYQBIQIMwwELIAFBAWoMFAsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgzBAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgzAAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDR4gA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy/AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMvgELIAEgBEYEQEGDASECDL4BCwJAIAEtAABBoM4Aai0AAEEBaw4IPgQFBgAIAgMHCyABQQFqIQELQQMhAgyjAQsgAUEBagwNC0EAIQIgA0EANgIcIANB0RI2AhAgA0EHNgIMIAMgAUEBajYCFAy6AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgy5AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgy4AQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDRYgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgy3AQsgA0EANgIcIAMgATYCFCADQfkPNgIQIANBBzYCDEEAIQIMtgELQewAIQIMnAELIAEgBEYEQEGCASECDLUBCyABQQFqDAILIAEgBEYEQEGBASECDLQBCyABQQFqDAELIAEgBEYNASABQQFqCyEBQQQhAgyYAQtBgAEhAgywAQsDQCABLQAAQaDMAGotAAAiAEECRwRAIABBAUcEQEHpACECDJkBCwwxCyAEIAFBAWoiAUcNAAtB/wAhAgyvAQsgASAERgRAQf4AIQIMrwELAkAgAS0AAEEJaw43LwMGLwQGBgYGBgYGBgYGBgYGBgYGBgYFBgYCBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGAAYLIAFBAWoLIQFBBSECDJQBCyABQQFqDAYLIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0IIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIANBADYCHCADIAE2AhQgA0GNFDYCECADQQc2AgxBACECDKgBCwJAAkACQAJAA0AgAS0AAEGgygBqLQAAIgBBBUcEQAJAIABBAWsOBi4DBAUGAAYLQegAIQIMlAELIAQgAUEBaiIBRw0AC0H9ACECDKsBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQdsANgIcIAMgATYCFCADIAA2AgxBACECDKoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDKkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNByADQfoANgIcIAMgATYCFCADIAA2AgxBACECDKgBCyADQQA2AhwgAyABNgIUIANB5Ag2AhAgA0EHNgIMQQAhAgynAQsgASAERg0BIAFBAWoLIQFBBiECDIwBC0H8ACECDKQBCwJAAkACQAJAA0AgAS0AAEGgyABqLQAAIgBBBUcEQCAAQQFrDgQpAgMEBQsgBCABQQFqIgFHDQALQfsAIQIMpwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMpgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMpQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0DIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMpAELIANBADYCHCADIAE2AhQgA0G8CjYCECADQQc2AgxBACECDKMBC0HPACECDIkBC0HRACECDIgBC0HnACECDIcBCyABIARGBEBB+gAhAgygAQsCQCABLQAAQQlrDgQgAAAgAAsgAUEBaiEBQeYAIQIMhgELIAEgBEYEQEH5ACECDJ8BCwJAIAEtAABBCWsOBB8AAB8AC0EAIQACQCADKAI4IgJFDQAgAigCOCICRQ0AIAMgAhEAACEACyAARQRAQeIBIQIMhgELIABBFUcEQCADQQA2AhwgAyABNgIUIANByQ02AhAgA0EaNgIMQQAhAgyfAQsgA0H4ADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDJ4BCyABIARHBEAgA0ENNgIIIAMgATYCBEHkACECDIUBC0H3ACECDJ0BCyABIARGBEBB9gAhAgydAQsCQAJAAkAgAS0AAEHIAGsOCwABCwsLCwsLCwsCCwsgAUEBaiEBQd0AIQIMhQELIAFBAWohAUHgACECDIQBCyABQQFqIQFB4wAhAgyDAQtB9QAhAiABIARGDZsBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbXVAGotAABHDQggAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJwBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIABEAgA0H0ADYCHCADIAE2AhQgAyAANgIMQQAhAgycAQtB4gAhAgyCAQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJwBC0HhACECDIIBCyADQfMANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMmgELIAMtACkiAEEja0ELSQ0JAkAgAEEGSw0AQQEgAHRBygBxRQ0ADAoLQQAhAiADQQA2AhwgAyABNgIUIANB7Qk2AhAgA0EINgIMDJkBC0HyACECIAEgBEYNmAEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBs9UAai0AAEcNBSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMmQELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfEANgIcIAMgATYCFCADIAA2AgxBACECDJkBC0HfACECDH8LQQAhAAJAIAMoAjgiAkUNACACKAI0IgJFDQAgAyACEQAAIQALAkAgAARAIABBFUYNASADQQA2AhwgAyABNgIUIANB6g02AhAgA0EmNgIMQQAhAgyZAQtB3gAhAgx/CyADQfAANgIcIAMgATYCFCADQYAbNgIQIANBFTYCDEEAIQIMlwELIAMtAClBIUYNBiADQQA2AhwgAyABNgIUIANBkQo2AhAgA0EINgIMQQAhAgyWAQtB7wAhAiABIARGDZUBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDVAGotAABHDQIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYBCyADKAIEIQAgA0IANwMAIAMgACAGQQFqIgEQKyIARQ0CIANB7QA2AhwgAyABNgIUIAMgADYCDEEAIQIMlQELIANBADYCAAsgAygCBCEAIANBADYCBCADIAAgARArIgBFDYABIANB7gA2AhwgAyABNgIUIAMgADYCDEEAIQIMkwELQdwAIQIMeQtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJMBC0HbACECDHkLIANB7AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyRAQsgAy0AKSIAQSNJDQAgAEEuRg0AIANBADYCHCADIAE2AhQgA0HJCTYCECADQQg2AgxBACECDJABC0HaACECDHYLIAEgBEYEQEHrACECDI8BCwJAIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMjwELQdkAIQIMdQsgASAERwRAIANBDjYCCCADIAE2AgRB2AAhAgx1C0HqACECDI0BCyABIARGBEBB6QAhAgyNAQsgAS0AAEEwayIAQf8BcUEKSQRAIAMgADoAKiABQQFqIQFB1wAhAgx0CyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeiADQegANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyABIARGBEBB5wAhAgyMAQsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELQdYAIQIMcgsgASAERgRAQeUAIQIMiwELQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIANgIcIAMgATYCFCADIAA2AgxBACECDI0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNfSADQeMANgIcIAMgATYCFCADIAA2AgxBACECDIwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNeyADQeQANgIcIAMgATYCFCADIAA2AgwMiwELQdQAIQIMcQsgAy0AKUEiRg2GAUHTACECDHALQQAhAAJAIAMoAjgiAkUNACACKAJEIgJFDQAgAyACEQAAIQALIABFBEBB1QAhAgxwCyAAQRVHBEAgA0EANgIcIAMgATYCFCADQaQNNgIQIANBITYCDEEAIQIMiQELIANB4QA2AhwgAyABNgIUIANB0Bo2AhAgA0EVNgIMQQAhAgyIAQsgASAERgRAQeAAIQIMiAELAkACQAJAAkACQCABLQAAQQprDgQBBAQABAsgAUEBaiEBDAELIAFBAWohASADQS9qLQAAQQFxRQ0BC0HSACECDHALIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIgBCyADQQA2AhwgAyABNgIUIANBthE2AhAgA0EJNgIMQQAhAgyHAQsgASAERgRAQd8AIQIMhwELIAEtAABBCkYEQCABQQFqIQEMCQsgAy0ALkHAAHENCCADQQA2AhwgAyABNgIUIANBthE2AhAgA0ECNgIMQQAhAgyGAQsgASAERgRAQd0AIQIMhgELIAEtAAAiAkENRgRAIAFBAWohAUHQACECDG0LIAEhACACQQlrDgQFAQEFAQsgBCABIgBGBEBB3AAhAgyFAQsgAC0AAEEKRw0AIABBAWoMAgtBACECIANBADYCHCADIAA2AhQgA0HKLTYCECADQQc2AgwMgwELIAEgBEYEQEHbACECDIMBCwJAIAEtAABBCWsOBAMAAAMACyABQQFqCyEBQc4AIQIMaAsgASAERgRAQdoAIQIMgQELIAEtAABBCWsOBAABAQABC0EAIQIgA0EANgIcIANBmhI2AhAgA0EHNgIMIAMgAUEBajYCFAx/CyADQYASOwEqQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2QA2AhwgAyABNgIUIANB6ho2AhAgA0EVNgIMQQAhAgx+C0HNACECDGQLIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDHwLIAEgBEYEQEHZACECDHwLIAEtAABBIEcNPSABQQFqIQEgAy0ALkEBcQ09IANBADYCHCADIAE2AhQgA0HCHDYCECADQR42AgxBACECDHsLIAEgBEYEQEHYACECDHsLAkACQAJAAkACQCABLQAAIgBBCmsOBAIDAwABCyABQQFqIQFBLCECDGULIABBOkcNASADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgx9CyABQQFqIQEgA0Evai0AAEEBcUUNcyADLQAyQYABcUUEQCADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALAkACQCAADhZNTEsBAQEBAQEBAQEBAQEBAQEBAQEAAQsgA0EpNgIcIAMgATYCFCADQawZNgIQIANBFTYCDEEAIQIMfgsgA0EANgIcIAMgATYCFCADQeULNgIQIANBETYCDEEAIQIMfQtBACEAAkAgAygCOCICRQ0AIAIoAlwiAkUNACADIAIRAAAhAAsgAEUNWSAAQRVHDQEgA0EFNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMfAtBywAhAgxiC0EAIQIgA0EANgIcIAMgATYCFCADQZAONgIQIANBFDYCDAx6CyADIAMvATJBgAFyOwEyDDsLIAEgBEcEQCADQRE2AgggAyABNgIEQcoAIQIMYAtB1wAhAgx4CyABIARGBEBB1gAhAgx4CwJAAkACQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQeMAaw4TAEBAQEBAQEBAQEBAQAFAQEACA0ALIAFBAWohAUHGACECDGELIAFBAWohAUHHACECDGALIAFBAWohAUHIACECDF8LIAFBAWohAUHJACECDF4LQdUAIQIgBCABIgBGDXYgBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0IQQQgAUEFRg0KGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx2C0HUACECIAQgASIARg11IAQgAWsgAygCACIBaiEGIAAgAWtBD2ohBwNAIAFBgMgAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNB0EDIAFBD0YNCRogAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdQtB0wAhAiAEIAEiAEYNdCAEIAFrIAMoAgAiAWohBiAAIAFrQQ5qIQcDQCABQeLHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQYgAUEORg0HIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHQLQdIAIQIgBCABIgBGDXMgBCABayADKAIAIgFqIQUgACABa0EBaiEGA0AgAUHgxwBqLQAAIAAtAAAiB0EgciAHIAdBwQBrQf8BcUEaSRtB/wFxRw0FIAFBAUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBTYCAAxzCyABIARGBEBB0QAhAgxzCwJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB7gBrDgcAOTk5OTkBOQsgAUEBaiEBQcMAIQIMWgsgAUEBaiEBQcQAIQIMWQsgA0EANgIAIAZBAWohAUHFACECDFgLQdAAIQIgBCABIgBGDXAgBCABayADKAIAIgFqIQYgACABa0EJaiEHA0AgAUHWxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0CQQIgAUEJRg0EGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxwC0HPACECIAQgASIARg1vIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwNAIAFB0McAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQVGDQIgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMbwsgACEBIANBADYCAAwzC0EBCzoALCADQQA2AgAgB0EBaiEBC0EtIQIMUgsCQANAIAEtAABB0MUAai0AAEEBRw0BIAQgAUEBaiIBRw0AC0HNACECDGsLQcIAIQIMUQsgASAERgRAQcwAIQIMagsgAS0AAEE6RgRAIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0zIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMagsgA0EANgIcIAMgATYCFCADQecRNgIQIANBCjYCDEEAIQIMaQsCQAJAIAMtACxBAmsOAgABJwsgA0Ezai0AAEECcUUNJiADLQAuQQJxDSYgA0EANgIcIAMgATYCFCADQaYUNgIQIANBCzYCDEEAIQIMaQsgAy0AMkEgcUUNJSADLQAuQQJxDSUgA0EANgIcIAMgATYCFCADQb0TNgIQIANBDzYCDEEAIQIMaAtBACEAAkAgAygCOCICRQ0AIAIoAkgiAkUNACADIAIRAAAhAAsgAEUEQEHBACECDE8LIABBFUcEQCADQQA2AhwgAyABNgIUIANBpg82AhAgA0EcNgIMQQAhAgxoCyADQcoANgIcIAMgATYCFCADQYUcNgIQIANBFTYCDEEAIQIMZwsgASAERwRAA0AgAS0AAEHAwQBqLQAAQQFHDRcgBCABQQFqIgFHDQALQcQAIQIMZwtBxAAhAgxmCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUE2IQIMUgsgAUEBaiEBQTchAgxRCyABQQFqIQFBOCECDFALDBULIAQgAUEBaiIBRw0AC0E8IQIMZgtBPCECDGULIAEgBEYEQEHIACECDGULIANBEjYCCCADIAE2AgQCQAJAAkACQAJAIAMtACxBAWsOBBQAAQIJCyADLQAyQSBxDQNB4AEhAgxPCwJAIAMvATIiAEEIcUUNACADLQAoQQFHDQAgAy0ALkEIcUUNAgsgAyAAQff7A3FBgARyOwEyDAsLIAMgAy8BMkEQcjsBMgwECyADQQA2AgQgAyABIAEQMSIABEAgA0HBADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxmCyABQQFqIQEMWAsgA0EANgIcIAMgATYCFCADQfQTNgIQIANBBDYCDEEAIQIMZAtBxwAhAiABIARGDWMgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCAAQcDFAGotAAAgAS0AAEEgckcNASAAQQZGDUogAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMZAsgA0EANgIADAULAkAgASAERwRAA0AgAS0AAEHAwwBqLQAAIgBBAUcEQCAAQQJHDQMgAUEBaiEBDAULIAQgAUEBaiIBRw0AC0HFACECDGQLQcUAIQIMYwsLIANBADoALAwBC0ELIQIMRwtBPyECDEYLAkACQANAIAEtAAAiAEEgRwRAAkAgAEEKaw4EAwUFAwALIABBLEYNAwwECyAEIAFBAWoiAUcNAAtBxgAhAgxgCyADQQg6ACwMDgsgAy0AKEEBRw0CIAMtAC5BCHENAiADKAIEIQAgA0EANgIEIAMgACABEDEiAARAIANBwgA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMXwsgAUEBaiEBDFALQTshAgxECwJAA0AgAS0AACIAQSBHIABBCUdxDQEgBCABQQFqIgFHDQALQcMAIQIMXQsLQTwhAgxCCwJAAkAgASAERwRAA0AgAS0AACIAQSBHBEAgAEEKaw4EAwQEAwQLIAQgAUEBaiIBRw0AC0E/IQIMXQtBPyECDFwLIAMgAy8BMkEgcjsBMgwKCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNTiADQT42AhwgAyABNgIUIAMgADYCDEEAIQIMWgsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkYNAwwMCyAEIAFBAWoiAUcNAAtBNyECDFsLQTchAgxaCyABQQFqIQEMBAtBOyECIAQgASIARg1YIAQgAWsgAygCACIBaiEGIAAgAWtBBWohBwJAA0AgAUGQyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEMPwsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMWQsgA0EANgIAIAAhAQwFC0E6IQIgBCABIgBGDVcgBCABayADKAIAIgFqIQYgACABa0EIaiEHAkADQCABQbTBAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEIRgRAQQUhAQw+CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxYCyADQQA2AgAgACEBDAQLQTkhAiAEIAEiAEYNViAEIAFrIAMoAgAiAWohBiAAIAFrQQNqIQcCQANAIAFBsMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQNGBEBBBiEBDD0LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFcLIANBADYCACAAIQEMAwsCQANAIAEtAAAiAEEgRwRAIABBCmsOBAcEBAcCCyAEIAFBAWoiAUcNAAtBOCECDFYLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCADLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIANBAToALCADIAMvATIgAXI7ATIgACEBDAELIAMgAy8BMkEIcjsBMiAAIQELQT4hAgw7CyADQQA6ACwLQTkhAgw5CyABIARGBEBBNiECDFILAkACQAJAAkACQCABLQAAQQprDgQAAgIBAgsgAygCBCEAIANBADYCBCADIAAgARAxIgBFDQIgA0EzNgIcIAMgATYCFCADIAA2AgxBACECDFULIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQRAIAFBAWohAQwGCyADQTI2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMVAsgAy0ALkEBcQRAQd8BIQIMOwsgAygCBCEAIANBADYCBCADIAAgARAxIgANAQxJC0E0IQIMOQsgA0E1NgIcIAMgATYCFCADIAA2AgxBACECDFELQTUhAgw3CyADQS9qLQAAQQFxDQAgA0EANgIcIAMgATYCFCADQesWNgIQIANBGTYCDEEAIQIMTwtBMyECDDULIAEgBEYEQEEyIQIMTgsCQCABLQAAQQpGBEAgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GSFzYCECADQQM2AgxBACECDE4LQTIhAgw0CyABIARGBEBBMSECDE0LAkAgAS0AACIAQQlGDQAgAEEgRg0AQQEhAgJAIAMtACxBBWsOBAYEBQANCyADIAMvATJBCHI7ATIMDAsgAy0ALkEBcUUNASADLQAsQQhHDQAgA0EAOgAsC0E9IQIMMgsgA0EANgIcIAMgATYCFCADQcIWNgIQIANBCjYCDEEAIQIMSgtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgwGCyABIARGBEBBMCECDEcLIAEtAABBCkYEQCABQQFqIQEMAQsgAy0ALkEBcQ0AIANBADYCHCADIAE2AhQgA0HcKDYCECADQQI2AgxBACECDEYLQTAhAgwsCyABQQFqIQFBMSECDCsLIAEgBEYEQEEvIQIMRAsgAS0AACIAQQlHIABBIEdxRQRAIAFBAWohASADLQAuQQFxDQEgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDEEAIQIMRAtBASECAkACQAJAAkACQAJAIAMtACxBAmsOBwUEBAMBAgAECyADIAMvATJBCHI7ATIMAwtBAiECDAELQQQhAgsgA0EBOgAsIAMgAy8BMiACcjsBMgtBLyECDCsLIANBADYCHCADIAE2AhQgA0GEEzYCECADQQs2AgxBACECDEMLQeEBIQIMKQsgASAERgRAQS4hAgxCCyADQQA2AgQgA0ESNgIIIAMgASABEDEiAA0BC0EuIQIMJwsgA0EtNgIcIAMgATYCFCADIAA2AgxBACECDD8LQQAhAAJAIAMoAjgiAkUNACACKAJMIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB2AA2AhwgAyABNgIUIANBsxs2AhAgA0EVNgIMQQAhAgw+C0HMACECDCQLIANBADYCHCADIAE2AhQgA0GzDjYCECADQR02AgxBACECDDwLIAEgBEYEQEHOACECDDwLIAEtAAAiAEEgRg0CIABBOkYNAQsgA0EAOgAsQQkhAgwhCyADKAIEIQAgA0EANgIEIAMgACABEDAiAA0BDAILIAMtAC5BAXEEQEHeASECDCALIAMoAgQhACADQQA2AgQgAyAAIAEQMCIARQ0CIANBKjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgw4CyADQcsANgIcIAMgADYCDCADIAFBAWo2AhRBACECDDcLIAFBAWohAUHAACECDB0LIAFBAWohAQwsCyABIARGBEBBKyECDDULAkAgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQcAAcUUNBgsgAy0AMkGAAXEEQEEAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ0SIABBFUYEQCADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgw2CyADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMQQAhAgw1CyADQTJqIQIgAxA1QQAhAAJAIAMoAjgiBkUNACAGKAIoIgZFDQAgAyAGEQAAIQALIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyADQQE6ADALIAIgAi8BAEHAAHI7AQALQSshAgwYCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgwwCyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgwvCyADQQA2AhwgAyABNgIUIANBpQs2AhAgA0ECNgIMQQAhAgwuC0EBIQcgAy8BMiIFQQhxRQRAIAMpAyBCAFIhBwsCQCADLQAwBEBBASEAIAMtAClBBUYNASAFQcAAcUUgB3FFDQELAkAgAy0AKCICQQJGBEBBASEAIAMvATQiBkHlAEYNAkEAIQAgBUHAAHENAiAGQeQARg0CIAZB5gBrQQJJDQIgBkHMAUYNAiAGQbACRg0CDAELQQAhACAFQcAAcQ0BC0ECIQAgBUEIcQ0AIAVBgARxBEACQCACQQFHDQAgAy0ALkEKcQ0AQQUhAAwCC0EEIQAMAQsgBUEgcUUEQCADEDZBAEdBAnQhAAwBC0EAQQMgAykDIFAbIQALIABBAWsOBQIABwEDBAtBESECDBMLIANBAToAMQwpC0EAIQICQCADKAI4IgBFDQAgACgCMCIARQ0AIAMgABEAACECCyACRQ0mIAJBFUYEQCADQQM2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwrC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAwqCyADQQA2AhwgAyABNgIUIANB+SA2AhAgA0EPNgIMQQAhAgwpC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAADQELQQ4hAgwOCyAAQRVGBEAgA0ECNgIcIAMgATYCFCADQdIbNgIQIANBFTYCDEEAIQIMJwsgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDEEAIQIMJgtBKiECDAwLIAEgBEcEQCADQQk2AgggAyABNgIEQSkhAgwMC0EmIQIMJAsgAyADKQMgIgwgBCABa60iCn0iC0IAIAsgDFgbNwMgIAogDFQEQEElIQIMJAsgAygCBCEAIANBADYCBCADIAAgASAMp2oiARAyIgBFDQAgA0EFNgIcIAMgATYCFCADIAA2AgxBACECDCMLQQ8hAgwJC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FxYAAQIDBAUGBxQUFBQUFBQICQoLDA0UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFA4PEBESExQLQgIhCgwWC0IDIQoMFQtCBCEKDBQLQgUhCgwTC0IGIQoMEgtCByEKDBELQgghCgwQC0IJIQoMDwtCCiEKDA4LQgshCgwNC0IMIQoMDAtCDSEKDAsLQg4hCgwKC0IPIQoMCQtCCiEKDAgLQgshCgwHC0IMIQoMBgtCDSEKDAULQg4hCgwEC0IPIQoMAwsgA0EANgIcIAMgATYCFCADQZ8VNgIQIANBDDYCDEEAIQIMIQsgASAERgRAQSIhAgwhC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsONxUUAAECAwQFBgcWFhYWFhYWCAkKCwwNFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYODxAREhMWC0ICIQoMFAtCAyEKDBMLQgQhCgwSC0IFIQoMEQtCBiEKDBALQgchCgwPC0IIIQoMDgtCCSEKDA0LQgohCgwMC0ILIQoMCwtCDCEKDAoLQg0hCgwJC0IOIQoMCAtCDyEKDAcLQgohCgwGC0ILIQoMBQtCDCEKDAQLQg0hCgwDC0IOIQoMAgtCDyEKDAELQgEhCgsgAUEBaiEBIAMpAyAiC0L//////////w9YBEAgAyALQgSGIAqENwMgDAILIANBADYCHCADIAE2AhQgA0G1CTYCECADQQw2AgxBACECDB4LQSchAgwEC0EoIQIMAwsgAyABOgAsIANBADYCACAHQQFqIQFBDCECDAILIANBADYCACAGQQFqIQFBCiECDAELIAFBAWohAUEIIQIMAAsAC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwXC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwWC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwVC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwUC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwTC0EAIQIgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDAwSC0EAIQIgA0EANgIcIAMgATYCFCADQYMRNgIQIANBCTYCDAwRC0EAIQIgA0EANgIcIAMgATYCFCADQd8KNgIQIANBCTYCDAwQC0EAIQIgA0EANgIcIAMgATYCFCADQe0QNgIQIANBCTYCDAwPC0EAIQIgA0EANgIcIAMgATYCFCADQdIRNgIQIANBCTYCDAwOC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwNC0EAIQIgA0EANgIcIAMgATYCFCADQbkXNgIQIANBDzYCDAwMC0EAIQIgA0EANgIcIAMgATYCFCADQZkTNgIQIANBCzYCDAwLC0EAIQIgA0EANgIcIAMgATYCFCADQZ0JNgIQIANBCzYCDAwKC0EAIQIgA0EANgIcIAMgATYCFCADQZcQNgIQIANBCjYCDAwJC0EAIQIgA0EANgIcIAMgATYCFCADQbEQNgIQIANBCjYCDAwIC0EAIQIgA0EANgIcIAMgATYCFCADQbsdNgIQIANBAjYCDAwHC0EAIQIgA0EANgIcIAMgATYCFCADQZYWNgIQIANBAjYCDAwGC0EAIQIgA0EANgIcIAMgATYCFCADQfkYNgIQIANBAjYCDAwFC0EAIQIgA0EANgIcIAMgATYCFCADQcQYNgIQIANBAjYCDAwECyADQQI2AhwgAyABNgIUIANBqR42AhAgA0EWNgIMQQAhAgwDC0HeACECIAEgBEYNAiAJQQhqIQcgAygCACEFAkACQCABIARHBEAgBUGWyABqIQggBCAFaiABayEGIAVBf3NBCmoiBSABaiEAA0AgAS0AACAILQAARwRAQQIhCAwDCyAFRQRAQQAhCCAAIQEMAwsgBUEBayEFIAhBAWohCCAEIAFBAWoiAUcNAAsgBiEFIAQhAQsgB0EBNgIAIAMgBTYCAAwBCyADQQA2AgAgByAINgIACyAHIAE2AgQgCSgCDCEAAkACQCAJKAIIQQFrDgIEAQALIANBADYCHCADQcIeNgIQIANBFzYCDCADIABBAWo2AhRBACECDAMLIANBADYCHCADIAA2AhQgA0HXHjYCECADQQk2AgxBACECDAILIAEgBEYEQEEoIQIMAgsgA0EJNgIIIAMgATYCBEEnIQIMAQsgASAERgRAQQEhAgwBCwNAAkACQAJAIAEtAABBCmsOBAABAQABCyABQQFqIQEMAQsgAUEBaiEBIAMtAC5BIHENAEEAIQIgA0EANgIcIAMgATYCFCADQaEhNgIQIANBBTYCDAwCC0EBIQIgASAERw0ACwsgCUEQaiQAIAJFBEAgAygCDCEADAELIAMgAjYCHEEAIQAgAygCBCIBRQ0AIAMgASAEIAMoAggRAQAiAUUNACADIAQ2AhQgAyABNgIMIAEhAAsgAAu+AgECfyAAQQA6AAAgAEHkAGoiAUEBa0EAOgAAIABBADoAAiAAQQA6AAEgAUEDa0EAOgAAIAFBAmtBADoAACAAQQA6AAMgAUEEa0EAOgAAQQAgAGtBA3EiASAAaiIAQQA2AgBB5AAgAWtBfHEiAiAAaiIBQQRrQQA2AgACQCACQQlJDQAgAEEANgIIIABBADYCBCABQQhrQQA2AgAgAUEMa0EANgIAIAJBGUkNACAAQQA2AhggAEEANgIUIABBADYCECAAQQA2AgwgAUEQa0EANgIAIAFBFGtBADYCACABQRhrQQA2AgAgAUEca0EANgIAIAIgAEEEcUEYciICayIBQSBJDQAgACACaiEAA0AgAEIANwMYIABCADcDECAAQgA3AwggAEIANwMAIABBIGohACABQSBrIgFBH0sNAAsLC1YBAX8CQCAAKAIMDQACQAJAAkACQCAALQAxDgMBAAMCCyAAKAI4IgFFDQAgASgCMCIBRQ0AIAAgAREAACIBDQMLQQAPCwALIABByhk2AhBBDiEBCyABCxoAIAAoAgxFBEAgAEHeHzYCECAAQRU2AgwLCxQAIAAoAgxBFUYEQCAAQQA2AgwLCxQAIAAoAgxBFkYEQCAAQQA2AgwLCwcAIAAoAgwLBwAgACgCEAsJACAAIAE2AhALBwAgACgCFAsrAAJAIABBJ08NAEL//////wkgAK2IQgGDUA0AIABBAnRB0DhqKAIADwsACxcAIABBL08EQAALIABBAnRB7DlqKAIAC78JAQF/QfQtIQECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQeQAaw70A2NiAAFhYWFhYWECAwQFYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQYHCAkKCwwNDg9hYWFhYRBhYWFhYWFhYWFhYRFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWESExQVFhcYGRobYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1NmE3ODk6YWFhYWFhYWE7YWFhPGFhYWE9Pj9hYWFhYWFhYUBhYUFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFCQ0RFRkdISUpLTE1OT1BRUlNhYWFhYWFhYVRVVldYWVpbYVxdYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhXmFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYV9gYQtB6iwPC0GYJg8LQe0xDwtBoDcPC0HJKQ8LQbQpDwtBli0PC0HrKw8LQaI1DwtB2zQPC0HgKQ8LQeMkDwtB1SQPC0HuJA8LQeYlDwtByjQPC0HQNw8LQao1DwtB9SwPC0H2Jg8LQYIiDwtB8jMPC0G+KA8LQec3DwtBzSEPC0HAIQ8LQbglDwtByyUPC0GWJA8LQY80DwtBzTUPC0HdKg8LQe4zDwtBnDQPC0GeMQ8LQfQ1DwtB5SIPC0GvJQ8LQZkxDwtBsjYPC0H5Ng8LQcQyDwtB3SwPC0GCMQ8LQcExDwtBjTcPC0HJJA8LQew2DwtB5yoPC0HIIw8LQeIhDwtByTcPC0GlIg8LQZQiDwtB2zYPC0HeNQ8LQYYmDwtBvCsPC0GLMg8LQaAjDwtB9jAPC0GALA8LQYkrDwtBpCYPC0HyIw8LQYEoDwtBqzIPC0HrJw8LQcI2DwtBoiQPC0HPKg8LQdwjDwtBhycPC0HkNA8LQbciDwtBrTEPC0HVIg8LQa80DwtB3iYPC0HWMg8LQfQ0DwtBgTgPC0H0Nw8LQZI2DwtBnScPC0GCKQ8LQY0jDwtB1zEPC0G9NQ8LQbQ3DwtB2DAPC0G2Jw8LQZo4DwtBpyoPC0HEJw8LQa4jDwtB9SIPCwALQcomIQELIAELFwAgACAALwEuQf7/A3EgAUEAR3I7AS4LGgAgACAALwEuQf3/A3EgAUEAR0EBdHI7AS4LGgAgACAALwEuQfv/A3EgAUEAR0ECdHI7AS4LGgAgACAALwEuQff/A3EgAUEAR0EDdHI7AS4LGgAgACAALwEuQe//A3EgAUEAR0EEdHI7AS4LGgAgACAALwEuQd//A3EgAUEAR0EFdHI7AS4LGgAgACAALwEuQb//A3EgAUEAR0EGdHI7AS4LGgAgACAALwEuQf/+A3EgAUEAR0EHdHI7AS4LGgAgACAALwEuQf/9A3EgAUEAR0EIdHI7AS4LGgAgACAALwEuQf/7A3EgAUEAR0EJdHI7AS4LPgECfwJAIAAoAjgiA0UNACADKAIEIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHhEjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIIIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH8ETYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIMIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHsCjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIQIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH6HjYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIUIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHLEDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIYIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG3HzYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIcIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEG/FTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIsIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEH+CDYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIgIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEGMHTYCEEEYIQQLIAQLPgECfwJAIAAoAjgiA0UNACADKAIkIgNFDQAgACABIAIgAWsgAxEBACIEQX9HDQAgAEHmFTYCEEEYIQQLIAQLOAAgAAJ/IAAvATJBFHFBFEYEQEEBIAAtAChBAUYNARogAC8BNEHlAEYMAQsgAC0AKUEFRgs6ADALWQECfwJAIAAtAChBAUYNACAALwE0IgFB5ABrQeQASQ0AIAFBzAFGDQAgAUGwAkYNACAALwEyIgBBwABxDQBBASECIABBiARxQYAERg0AIABBKHFFIQILIAILjAEBAn8CQAJAAkAgAC0AKkUNACAALQArRQ0AIAAvATIiAUECcUUNAQwCCyAALwEyIgFBAXFFDQELQQEhAiAALQAoQQFGDQAgAC8BNCIAQeQAa0HkAEkNACAAQcwBRg0AIABBsAJGDQAgAUHAAHENAEEAIQIgAUGIBHFBgARGDQAgAUEocUEARyECCyACC1cAIABBGGpCADcDACAAQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBEGpCADcDACAAQQhqQgA3AwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==',
    Og;
  Object.defineProperty(Kh, 'exports', { get: () => Og || (Og = nR.from(oR, 'base64')) });
});
var jh = w((_1, zh) => {
  var { Buffer: iR } = require('node:buffer'),
    sR =
      'AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAn9/AGABfwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAzU0BQYAAAMAAAAAAAADAQMAAwMDAAACAAAAAAICAgICAgICAgIBAQEBAQEBAQEBAwAAAwAAAAQFAXABExMFAwEAAgYIAX8BQcDZBAsHxQcoBm1lbW9yeQIAC19pbml0aWFsaXplAAgZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEAC2xsaHR0cF9pbml0AAkYbGxodHRwX3Nob3VsZF9rZWVwX2FsaXZlADcMbGxodHRwX2FsbG9jAAsGbWFsbG9jADkLbGxodHRwX2ZyZWUADARmcmVlAAwPbGxodHRwX2dldF90eXBlAA0VbGxodHRwX2dldF9odHRwX21ham9yAA4VbGxodHRwX2dldF9odHRwX21pbm9yAA8RbGxodHRwX2dldF9tZXRob2QAEBZsbGh0dHBfZ2V0X3N0YXR1c19jb2RlABESbGxodHRwX2dldF91cGdyYWRlABIMbGxodHRwX3Jlc2V0ABMObGxodHRwX2V4ZWN1dGUAFBRsbGh0dHBfc2V0dGluZ3NfaW5pdAAVDWxsaHR0cF9maW5pc2gAFgxsbGh0dHBfcGF1c2UAFw1sbGh0dHBfcmVzdW1lABgbbGxodHRwX3Jlc3VtZV9hZnRlcl91cGdyYWRlABkQbGxodHRwX2dldF9lcnJubwAaF2xsaHR0cF9nZXRfZXJyb3JfcmVhc29uABsXbGxodHRwX3NldF9lcnJvcl9yZWFzb24AHBRsbGh0dHBfZ2V0X2Vycm9yX3BvcwAdEWxsaHR0cF9lcnJub19uYW1lAB4SbGxodHRwX21ldGhvZF9uYW1lAB8SbGxodHRwX3N0YXR1c19uYW1lACAabGxodHRwX3NldF9sZW5pZW50X2hlYWRlcnMAISFsbGh0dHBfc2V0X2xlbmllbnRfY2h1bmtlZF9sZW5ndGgAIh1sbGh0dHBfc2V0X2xlbmllbnRfa2VlcF9hbGl2ZQAjJGxsaHR0cF9zZXRfbGVuaWVudF90cmFuc2Zlcl9lbmNvZGluZwAkGmxsaHR0cF9zZXRfbGVuaWVudF92ZXJzaW9uACUjbGxodHRwX3NldF9sZW5pZW50X2RhdGFfYWZ0ZXJfY2xvc2UAJidsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfbGZfYWZ0ZXJfY3IAJyxsbGh0dHBfc2V0X2xlbmllbnRfb3B0aW9uYWxfY3JsZl9hZnRlcl9jaHVuawAoKGxsaHR0cF9zZXRfbGVuaWVudF9vcHRpb25hbF9jcl9iZWZvcmVfbGYAKSpsbGh0dHBfc2V0X2xlbmllbnRfc3BhY2VzX2FmdGVyX2NodW5rX3NpemUAKhhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YANgkYAQBBAQsSAQIDBAUKBgcyNDMuKy8tLDAxCuzaAjQWAEHA1QAoAgAEQAALQcDVAEEBNgIACxQAIAAQOCAAIAI2AjggACABOgAoCxQAIAAgAC8BNCAALQAwIAAQNxAACx4BAX9BwAAQOiIBEDggAUGACDYCOCABIAA6ACggAQuPDAEHfwJAIABFDQAgAEEIayIBIABBBGsoAgAiAEF4cSIEaiEFAkAgAEEBcQ0AIABBA3FFDQEgASABKAIAIgBrIgFB1NUAKAIASQ0BIAAgBGohBAJAAkBB2NUAKAIAIAFHBEAgAEH/AU0EQCAAQQN2IQMgASgCCCIAIAEoAgwiAkYEQEHE1QBBxNUAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgASgCGCEGIAEgASgCDCIARwRAIAAgASgCCCICNgIIIAIgADYCDAwDCyABQRRqIgMoAgAiAkUEQCABKAIQIgJFDQIgAUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSgCBCIAQQNxQQNHDQIgBSAAQX5xNgIEQczVACAENgIAIAUgBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgASgCHCICQQJ0QfTXAGoiAygCACABRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAFGG2ogADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgAUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBU8NACAFKAIEIgBBAXFFDQACQAJAAkACQCAAQQJxRQRAQdzVACgCACAFRgRAQdzVACABNgIAQdDVAEHQ1QAoAgAgBGoiADYCACABIABBAXI2AgQgAUHY1QAoAgBHDQZBzNUAQQA2AgBB2NUAQQA2AgAMBgtB2NUAKAIAIAVGBEBB2NUAIAE2AgBBzNUAQczVACgCACAEaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAMBgsgAEF4cSAEaiEEIABB/wFNBEAgAEEDdiEDIAUoAggiACAFKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwFCyACIAA2AgggACACNgIMDAQLIAUoAhghBiAFIAUoAgwiAEcEQEHU1QAoAgAaIAAgBSgCCCICNgIIIAIgADYCDAwDCyAFQRRqIgMoAgAiAkUEQCAFKAIQIgJFDQIgBUEQaiEDCwNAIAMhByACIgBBFGoiAygCACICDQAgAEEQaiEDIAAoAhAiAg0ACyAHQQA2AgAMAgsgBSAAQX5xNgIEIAEgBGogBDYCACABIARBAXI2AgQMAwtBACEACyAGRQ0AAkAgBSgCHCICQQJ0QfTXAGoiAygCACAFRgRAIAMgADYCACAADQFByNUAQcjVACgCAEF+IAJ3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogADYCACAARQ0BCyAAIAY2AhggBSgCECICBEAgACACNgIQIAIgADYCGAsgBUEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgBGogBDYCACABIARBAXI2AgQgAUHY1QAoAgBHDQBBzNUAIAQ2AgAMAQsgBEH/AU0EQCAEQXhxQezVAGohAAJ/QcTVACgCACICQQEgBEEDdnQiA3FFBEBBxNUAIAIgA3I2AgAgAAwBCyAAKAIICyICIAE2AgwgACABNgIIIAEgADYCDCABIAI2AggMAQtBHyECIARB////B00EQCAEQSYgBEEIdmciAGt2QQFxIABBAXRrQT5qIQILIAEgAjYCHCABQgA3AhAgAkECdEH01wBqIQACQEHI1QAoAgAiA0EBIAJ0IgdxRQRAIAAgATYCAEHI1QAgAyAHcjYCACABIAA2AhggASABNgIIIAEgATYCDAwBCyAEQRkgAkEBdmtBACACQR9HG3QhAiAAKAIAIQACQANAIAAiAygCBEF4cSAERg0BIAJBHXYhACACQQF0IQIgAyAAQQRxakEQaiIHKAIAIgANAAsgByABNgIAIAEgAzYCGCABIAE2AgwgASABNgIIDAELIAMoAggiACABNgIMIAMgATYCCCABQQA2AhggASADNgIMIAEgADYCCAtB5NUAQeTVACgCAEEBayIAQX8gABs2AgALCwcAIAAtACgLBwAgAC0AKgsHACAALQArCwcAIAAtACkLBwAgAC8BNAsHACAALQAwC0ABBH8gACgCGCEBIAAvAS4hAiAALQAoIQMgACgCOCEEIAAQOCAAIAQ2AjggACADOgAoIAAgAjsBLiAAIAE2AhgLhocCAwd/A34BeyABIAJqIQQCQCAAIgMoAgwiAA0AIAMoAgQEQCADIAE2AgQLIwBBEGsiCSQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADKAIcIgJBAmsO/AEB+QECAwQFBgcICQoLDA0ODxAREvgBE/cBFBX2ARYX9QEYGRobHB0eHyD9AfsBIfQBIiMkJSYnKCkqK/MBLC0uLzAxMvIB8QEzNPAB7wE1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk/6AVBRUlPuAe0BVOwBVesBVldYWVrqAVtcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBuAG5AboBuwG8Ab0BvgG/AcABwQHCAcMBxAHFAcYBxwHIAckBygHLAcwBzQHOAekB6AHPAecB0AHmAdEB0gHTAdQB5QHVAdYB1wHYAdkB2gHbAdwB3QHeAd8B4AHhAeIB4wEA/AELQQAM4wELQQ4M4gELQQ0M4QELQQ8M4AELQRAM3wELQRMM3gELQRQM3QELQRUM3AELQRYM2wELQRcM2gELQRgM2QELQRkM2AELQRoM1wELQRsM1gELQRwM1QELQR0M1AELQR4M0wELQR8M0gELQSAM0QELQSEM0AELQQgMzwELQSIMzgELQSQMzQELQSMMzAELQQcMywELQSUMygELQSYMyQELQScMyAELQSgMxwELQRIMxgELQREMxQELQSkMxAELQSoMwwELQSsMwgELQSwMwQELQd4BDMABC0EuDL8BC0EvDL4BC0EwDL0BC0ExDLwBC0EyDLsBC0EzDLoBC0E0DLkBC0HfAQy4AQtBNQy3AQtBOQy2AQtBDAy1AQtBNgy0AQtBNwyzAQtBOAyyAQtBPgyxAQtBOgywAQtB4AEMrwELQQsMrgELQT8MrQELQTsMrAELQQoMqwELQTwMqgELQT0MqQELQeEBDKgBC0HBAAynAQtBwAAMpgELQcIADKUBC0EJDKQBC0EtDKMBC0HDAAyiAQtBxAAMoQELQcUADKABC0HGAAyfAQtBxwAMngELQcgADJ0BC0HJAAycAQtBygAMmwELQcsADJoBC0HMAAyZAQtBzQAMmAELQc4ADJcBC0HPAAyWAQtB0AAMlQELQdEADJQBC0HSAAyTAQtB0wAMkgELQdUADJEBC0HUAAyQAQtB1gAMjwELQdcADI4BC0HYAAyNAQtB2QAMjAELQdoADIsBC0HbAAyKAQtB3AAMiQELQd0ADIgBC0HeAAyHAQtB3wAMhgELQeAADIUBC0HhAAyEAQtB4gAMgwELQeMADIIBC0HkAAyBAQtB5QAMgAELQeIBDH8LQeYADH4LQecADH0LQQYMfAtB6AAMewtBBQx6C0HpAAx5C0EEDHgLQeoADHcLQesADHYLQewADHULQe0ADHQLQQMMcwtB7gAMcgtB7wAMcQtB8AAMcAtB8gAMbwtB8QAMbgtB8wAMbQtB9AAMbAtB9QAMawtB9gAMagtBAgxpC0H3AAxoC0H4AAxnC0H5AAxmC0H6AAxlC0H7AAxkC0H8AAxjC0H9AAxiC0H+AAxhC0H/AAxgC0GAAQxfC0GBAQxeC0GCAQxdC0GDAQxcC0GEAQxbC0GFAQxaC0GGAQxZC0GHAQxYC0GIAQxXC0GJAQxWC0GKAQxVC0GLAQxUC0GMAQxTC0GNAQxSC0GOAQxRC0GPAQxQC0GQAQxPC0GRAQxOC0GSAQxNC0GTAQxMC0GUAQxLC0GVAQxKC0GWAQxJC0GXAQxIC0GYAQxHC0GZAQxGC0GaAQxFC0GbAQxEC0GcAQxDC0GdAQxCC0GeAQxBC0GfAQxAC0GgAQw/C0GhAQw+C0GiAQw9C0GjAQw8C0GkAQw7C0GlAQw6C0GmAQw5C0GnAQw4C0GoAQw3C0GpAQw2C0GqAQw1C0GrAQw0C0GsAQwzC0GtAQwyC0GuAQwxC0GvAQwwC0GwAQwvC0GxAQwuC0GyAQwtC0GzAQwsC0G0AQwrC0G1AQwqC0G2AQwpC0G3AQwoC0G4AQwnC0G5AQwmC0G6AQwlC0G7AQwkC0G8AQwjC0G9AQwiC0G+AQwhC0G/AQwgC0HAAQwfC0HBAQweC0HCAQwdC0EBDBwLQcMBDBsLQcQBDBoLQcUBDBkLQcYBDBgLQccBDBcLQcgBDBYLQckBDBULQcoBDBQLQcsBDBMLQcwBDBILQc0BDBELQc4BDBALQc8BDA8LQdABDA4LQdEBDA0LQdIBDAwLQdMBDAsLQdQBDAoLQdUBDAkLQdYBDAgLQeMBDAcLQdcBDAYLQdgBDAULQdkBDAQLQdoBDAMLQdsBDAILQd0BDAELQdwBCyECA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAwJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDuMBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISMkJScoKZ4DmwOaA5EDigODA4AD/QL7AvgC8gLxAu8C7QLoAucC5gLlAuQC3ALbAtoC2QLYAtcC1gLVAs8CzgLMAssCygLJAsgCxwLGAsQCwwK+ArwCugK5ArgCtwK2ArUCtAKzArICsQKwAq4CrQKpAqgCpwKmAqUCpAKjAqICoQKgAp8CmAKQAowCiwKKAoEC/gH9AfwB+wH6AfkB+AH3AfUB8wHwAesB6QHoAecB5gHlAeQB4wHiAeEB4AHfAd4B3QHcAdoB2QHYAdcB1gHVAdQB0wHSAdEB0AHPAc4BzQHMAcsBygHJAcgBxwHGAcUBxAHDAcIBwQHAAb8BvgG9AbwBuwG6AbkBuAG3AbYBtQG0AbMBsgGxAbABrwGuAa0BrAGrAaoBqQGoAacBpgGlAaQBowGiAZ8BngGZAZgBlwGWAZUBlAGTAZIBkQGQAY8BjQGMAYcBhgGFAYQBgwGCAX18e3p5dnV0UFFSU1RVCyABIARHDXJB/QEhAgy+AwsgASAERw2YAUHbASECDL0DCyABIARHDfEBQY4BIQIMvAMLIAEgBEcN/AFBhAEhAgy7AwsgASAERw2KAkH/ACECDLoDCyABIARHDZECQf0AIQIMuQMLIAEgBEcNlAJB+wAhAgy4AwsgASAERw0eQR4hAgy3AwsgASAERw0ZQRghAgy2AwsgASAERw3KAkHNACECDLUDCyABIARHDdUCQcYAIQIMtAMLIAEgBEcN1gJBwwAhAgyzAwsgASAERw3cAkE4IQIMsgMLIAMtADBBAUYNrQMMiQMLQQAhAAJAAkACQCADLQAqRQ0AIAMtACtFDQAgAy8BMiICQQJxRQ0BDAILIAMvATIiAkEBcUUNAQtBASEAIAMtAChBAUYNACADLwE0IgZB5ABrQeQASQ0AIAZBzAFGDQAgBkGwAkYNACACQcAAcQ0AQQAhACACQYgEcUGABEYNACACQShxQQBHIQALIANBADsBMiADQQA6ADECQCAARQRAIANBADoAMSADLQAuQQRxDQEMsQMLIANCADcDIAsgA0EAOgAxIANBAToANgxIC0EAIQACQCADKAI4IgJFDQAgAigCMCICRQ0AIAMgAhEAACEACyAARQ1IIABBFUcNYiADQQQ2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgyvAwsgASAERgRAQQYhAgyvAwsgAS0AAEEKRw0ZIAFBAWohAQwaCyADQgA3AyBBEiECDJQDCyABIARHDYoDQSMhAgysAwsgASAERgRAQQchAgysAwsCQAJAIAEtAABBCmsOBAEYGAAYCyABQQFqIQFBECECDJMDCyABQQFqIQEgA0Evai0AAEEBcQ0XQQAhAiADQQA2AhwgAyABNgIUIANBmSA2AhAgA0EZNgIMDKsDCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMWg0YQQghAgyqAwsgASAERwRAIANBCTYCCCADIAE2AgRBFCECDJEDC0EJIQIMqQMLIAMpAyBQDa4CDEMLIAEgBEYEQEELIQIMqAMLIAEtAABBCkcNFiABQQFqIQEMFwsgA0Evai0AAEEBcUUNGQwmC0EAIQACQCADKAI4IgJFDQAgAigCUCICRQ0AIAMgAhEAACEACyAADRkMQgtBACEAAkAgAygCOCICRQ0AIAIoAlAiAkUNACADIAIRAAAhAAsgAA0aDCQLQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANGwwyCyADQS9qLQAAQQFxRQ0cDCILQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANHAxCC0EAIQACQCADKAI4IgJFDQAgAigCVCICRQ0AIAMgAhEAACEACyAADR0MIAsgASAERgRAQRMhAgygAwsCQCABLQAAIgBBCmsOBB8jIwAiCyABQQFqIQEMHwtBACEAAkAgAygCOCICRQ0AIAIoAlQiAkUNACADIAIRAAAhAAsgAA0iDEILIAEgBEYEQEEWIQIMngMLIAEtAABBwMEAai0AAEEBRw0jDIMDCwJAA0AgAS0AAEGwO2otAAAiAEEBRwRAAkAgAEECaw4CAwAnCyABQQFqIQFBISECDIYDCyAEIAFBAWoiAUcNAAtBGCECDJ0DCyADKAIEIQBBACECIANBADYCBCADIAAgAUEBaiIBEDQiAA0hDEELQQAhAAJAIAMoAjgiAkUNACACKAJUIgJFDQAgAyACEQAAIQALIAANIwwqCyABIARGBEBBHCECDJsDCyADQQo2AgggAyABNgIEQQAhAAJAIAMoAjgiAkUNACACKAJQIgJFDQAgAyACEQAAIQALIAANJUEkIQIMgQMLIAEgBEcEQANAIAEtAABBsD1qLQAAIgBBA0cEQCAAQQFrDgUYGiaCAyUmCyAEIAFBAWoiAUcNAAtBGyECDJoDC0EbIQIMmQMLA0AgAS0AAEGwP2otAAAiAEEDRwRAIABBAWsOBQ8RJxMmJwsgBCABQQFqIgFHDQALQR4hAgyYAwsgASAERwRAIANBCzYCCCADIAE2AgRBByECDP8CC0EfIQIMlwMLIAEgBEYEQEEgIQIMlwMLAkAgAS0AAEENaw4ULj8/Pz8/Pz8/Pz8/Pz8/Pz8/PwA/C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAyWAwsgA0EvaiECA0AgASAERgRAQSEhAgyXAwsCQAJAAkAgAS0AACIAQQlrDhgCACkpASkpKSkpKSkpKSkpKSkpKSkpKQInCyABQQFqIQEgA0Evai0AAEEBcUUNCgwYCyABQQFqIQEMFwsgAUEBaiEBIAItAABBAnENAAtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwMlQMLIAMtAC5BgAFxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ3mAiAAQRVGBEAgA0EkNgIcIAMgATYCFCADQZsbNgIQIANBFTYCDEEAIQIMlAMLQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDJMDC0EAIQIgA0EANgIcIAMgATYCFCADQb4gNgIQIANBAjYCDAySAwsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEgDKdqIgEQMiIARQ0rIANBBzYCHCADIAE2AhQgAyAANgIMDJEDCyADLQAuQcAAcUUNAQtBACEAAkAgAygCOCICRQ0AIAIoAlgiAkUNACADIAIRAAAhAAsgAEUNKyAAQRVGBEAgA0EKNgIcIAMgATYCFCADQesZNgIQIANBFTYCDEEAIQIMkAMLQQAhAiADQQA2AhwgAyABNgIUIANBkww2AhAgA0ETNgIMDI8DC0EAIQIgA0EANgIcIAMgATYCFCADQYIVNgIQIANBAjYCDAyOAwtBACECIANBADYCHCADIAE2AhQgA0HdFDYCECADQRk2AgwMjQMLQQAhAiADQQA2AhwgAyABNgIUIANB5h02AhAgA0EZNgIMDIwDCyAAQRVGDT1BACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMiwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUNKCADQQ02AhwgAyABNgIUIAMgADYCDAyKAwsgAEEVRg06QQAhAiADQQA2AhwgAyABNgIUIANB0A82AhAgA0EiNgIMDIkDCyADKAIEIQBBACECIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDCgLIANBDjYCHCADIAA2AgwgAyABQQFqNgIUDIgDCyAAQRVGDTdBACECIANBADYCHCADIAE2AhQgA0HQDzYCECADQSI2AgwMhwMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDMiAEUEQCABQQFqIQEMJwsgA0EPNgIcIAMgADYCDCADIAFBAWo2AhQMhgMLQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDIUDCyAAQRVGDTNBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwMhAMLIAMoAgQhAEEAIQIgA0EANgIEIAMgACABEDQiAEUNJSADQRE2AhwgAyABNgIUIAMgADYCDAyDAwsgAEEVRg0wQQAhAiADQQA2AhwgAyABNgIUIANB1gw2AhAgA0EjNgIMDIIDCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDCULIANBEjYCHCADIAA2AgwgAyABQQFqNgIUDIEDCyADQS9qLQAAQQFxRQ0BC0EXIQIM5gILQQAhAiADQQA2AhwgAyABNgIUIANB4hc2AhAgA0EZNgIMDP4CCyAAQTtHDQAgAUEBaiEBDAwLQQAhAiADQQA2AhwgAyABNgIUIANBkhg2AhAgA0ECNgIMDPwCCyAAQRVGDShBACECIANBADYCHCADIAE2AhQgA0HWDDYCECADQSM2AgwM+wILIANBFDYCHCADIAE2AhQgAyAANgIMDPoCCyADKAIEIQBBACECIANBADYCBCADIAAgARA0IgBFBEAgAUEBaiEBDPUCCyADQRU2AhwgAyAANgIMIAMgAUEBajYCFAz5AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzzAgsgA0EXNgIcIAMgADYCDCADIAFBAWo2AhQM+AILIABBFUYNI0EAIQIgA0EANgIcIAMgATYCFCADQdYMNgIQIANBIzYCDAz3AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQwdCyADQRk2AhwgAyAANgIMIAMgAUEBajYCFAz2AgsgAygCBCEAQQAhAiADQQA2AgQgAyAAIAEQNCIARQRAIAFBAWohAQzvAgsgA0EaNgIcIAMgADYCDCADIAFBAWo2AhQM9QILIABBFUYNH0EAIQIgA0EANgIcIAMgATYCFCADQdAPNgIQIANBIjYCDAz0AgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDBsLIANBHDYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgzzAgsgAygCBCEAIANBADYCBCADIAAgARAzIgBFBEAgAUEBaiEBDOsCCyADQR02AhwgAyAANgIMIAMgAUEBajYCFEEAIQIM8gILIABBO0cNASABQQFqIQELQSYhAgzXAgtBACECIANBADYCHCADIAE2AhQgA0GfFTYCECADQQw2AgwM7wILIAEgBEcEQANAIAEtAABBIEcNhAIgBCABQQFqIgFHDQALQSwhAgzvAgtBLCECDO4CCyABIARGBEBBNCECDO4CCwJAAkADQAJAIAEtAABBCmsOBAIAAAMACyAEIAFBAWoiAUcNAAtBNCECDO8CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNnwIgA0EyNgIcIAMgATYCFCADIAA2AgxBACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUEQCABQQFqIQEMnwILIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgztAgsgASAERwRAAkADQCABLQAAQTBrIgBB/wFxQQpPBEBBOiECDNcCCyADKQMgIgtCmbPmzJmz5swZVg0BIAMgC0IKfiIKNwMgIAogAK1C/wGDIgtCf4VWDQEgAyAKIAt8NwMgIAQgAUEBaiIBRw0AC0HAACECDO4CCyADKAIEIQAgA0EANgIEIAMgACABQQFqIgEQMSIADRcM4gILQcAAIQIM7AILIAEgBEYEQEHJACECDOwCCwJAA0ACQCABLQAAQQlrDhgAAqICogKpAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAqICogKiAgCiAgsgBCABQQFqIgFHDQALQckAIQIM7AILIAFBAWohASADQS9qLQAAQQFxDaUCIANBADYCHCADIAE2AhQgA0GXEDYCECADQQo2AgxBACECDOsCCyABIARHBEADQCABLQAAQSBHDRUgBCABQQFqIgFHDQALQfgAIQIM6wILQfgAIQIM6gILIANBAjoAKAw4C0EAIQIgA0EANgIcIANBvws2AhAgA0ECNgIMIAMgAUEBajYCFAzoAgtBACECDM4CC0ENIQIMzQILQRMhAgzMAgtBFSECDMsCC0EWIQIMygILQRghAgzJAgtBGSECDMgCC0EaIQIMxwILQRshAgzGAgtBHCECDMUCC0EdIQIMxAILQR4hAgzDAgtBHyECDMICC0EgIQIMwQILQSIhAgzAAgtBIyECDL8CC0ElIQIMvgILQeUAIQIMvQILIANBPTYCHCADIAE2AhQgAyAANgIMQQAhAgzVAgsgA0EbNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIM1AILIANBIDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNMCCyADQRM2AhwgAyABNgIUIANBmBo2AhAgA0EVNgIMQQAhAgzSAgsgA0ELNgIcIAMgATYCFCADQZgaNgIQIANBFTYCDEEAIQIM0QILIANBEDYCHCADIAE2AhQgA0GYGjYCECADQRU2AgxBACECDNACCyADQSA2AhwgAyABNgIUIANBpBw2AhAgA0EVNgIMQQAhAgzPAgsgA0ELNgIcIAMgATYCFCADQaQcNgIQIANBFTYCDEEAIQIMzgILIANBDDYCHCADIAE2AhQgA0GkHDYCECADQRU2AgxBACECDM0CC0EAIQIgA0EANgIcIAMgATYCFCADQd0ONgIQIANBEjYCDAzMAgsCQANAAkAgAS0AAEEKaw4EAAICAAILIAQgAUEBaiIBRw0AC0H9ASECDMwCCwJAAkAgAy0ANkEBRw0AQQAhAAJAIAMoAjgiAkUNACACKAJgIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRw0BIANB/AE2AhwgAyABNgIUIANB3Bk2AhAgA0EVNgIMQQAhAgzNAgtB3AEhAgyzAgsgA0EANgIcIAMgATYCFCADQfkLNgIQIANBHzYCDEEAIQIMywILAkACQCADLQAoQQFrDgIEAQALQdsBIQIMsgILQdQBIQIMsQILIANBAjoAMUEAIQACQCADKAI4IgJFDQAgAigCACICRQ0AIAMgAhEAACEACyAARQRAQd0BIQIMsQILIABBFUcEQCADQQA2AhwgAyABNgIUIANBtAw2AhAgA0EQNgIMQQAhAgzKAgsgA0H7ATYCHCADIAE2AhQgA0GBGjYCECADQRU2AgxBACECDMkCCyABIARGBEBB+gEhAgzJAgsgAS0AAEHIAEYNASADQQE6ACgLQcABIQIMrgILQdoBIQIMrQILIAEgBEcEQCADQQw2AgggAyABNgIEQdkBIQIMrQILQfkBIQIMxQILIAEgBEYEQEH4ASECDMUCCyABLQAAQcgARw0EIAFBAWohAUHYASECDKsCCyABIARGBEBB9wEhAgzEAgsCQAJAIAEtAABBxQBrDhAABQUFBQUFBQUFBQUFBQUBBQsgAUEBaiEBQdYBIQIMqwILIAFBAWohAUHXASECDKoCC0H2ASECIAEgBEYNwgIgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABButUAai0AAEcNAyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMwwILIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgBFBEBB4wEhAgyqAgsgA0H1ATYCHCADIAE2AhQgAyAANgIMQQAhAgzCAgtB9AEhAiABIARGDcECIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjVAGotAABHDQIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADMICCyADQYEEOwEoIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARAuIgANAwwCCyADQQA2AgALQQAhAiADQQA2AhwgAyABNgIUIANB5R82AhAgA0EINgIMDL8CC0HVASECDKUCCyADQfMBNgIcIAMgATYCFCADIAA2AgxBACECDL0CC0EAIQACQCADKAI4IgJFDQAgAigCQCICRQ0AIAMgAhEAACEACyAARQ1uIABBFUcEQCADQQA2AhwgAyABNgIUIANBgg82AhAgA0EgNgIMQQAhAgy9AgsgA0GPATYCHCADIAE2AhQgA0HsGzYCECADQRU2AgxBACECDLwCCyABIARHBEAgA0ENNgIIIAMgATYCBEHTASECDKMCC0HyASECDLsCCyABIARGBEBB8QEhAgy7AgsCQAJAAkAgAS0AAEHIAGsOCwABCAgICAgICAgCCAsgAUEBaiEBQdABIQIMowILIAFBAWohAUHRASECDKICCyABQQFqIQFB0gEhAgyhAgtB8AEhAiABIARGDbkCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEG11QBqLQAARw0EIABBAkYNAyAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy5AgtB7wEhAiABIARGDbgCIAMoAgAiACAEIAFraiEGIAEgAGtBAWohBQNAIAEtAAAgAEGz1QBqLQAARw0DIABBAUYNAiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy4AgtB7gEhAiABIARGDbcCIAMoAgAiACAEIAFraiEGIAEgAGtBAmohBQNAIAEtAAAgAEGw1QBqLQAARw0CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBjYCAAy3AgsgAygCBCEAIANCADcDACADIAAgBUEBaiIBECsiAEUNAiADQewBNgIcIAMgATYCFCADIAA2AgxBACECDLYCCyADQQA2AgALIAMoAgQhACADQQA2AgQgAyAAIAEQKyIARQ2cAiADQe0BNgIcIAMgATYCFCADIAA2AgxBACECDLQCC0HPASECDJoCC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMtAILQc4BIQIMmgILIANB6wE2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyyAgsgASAERgRAQesBIQIMsgILIAEtAABBL0YEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQbI4NgIQIANBCDYCDEEAIQIMsQILQc0BIQIMlwILIAEgBEcEQCADQQ42AgggAyABNgIEQcwBIQIMlwILQeoBIQIMrwILIAEgBEYEQEHpASECDK8CCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHLASECDJYCCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNlwIgA0HoATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgASAERgRAQecBIQIMrgILAkAgAS0AAEEuRgRAIAFBAWohAQwBCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmAIgA0HmATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgtBygEhAgyUAgsgASAERgRAQeUBIQIMrQILQQAhAEEBIQVBASEHQQAhAgJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAEtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyECQQAhBUEAIQcMAgtBCSECQQEhAEEAIQVBACEHDAELQQAhBUEBIQILIAMgAjoAKyABQQFqIQECQAJAIAMtAC5BEHENAAJAAkACQCADLQAqDgMBAAIECyAHRQ0DDAILIAANAQwCCyAFRQ0BCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNAiADQeIBNgIcIAMgATYCFCADIAA2AgxBACECDK8CCyADKAIEIQAgA0EANgIEIAMgACABEC8iAEUNmgIgA0HjATYCHCADIAE2AhQgAyAANgIMQQAhAgyuAgsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDZgCIANB5AE2AhwgAyABNgIUIAMgADYCDAytAgtByQEhAgyTAgtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GkDTYCECADQSE2AgxBACECDK0CC0HIASECDJMCCyADQeEBNgIcIAMgATYCFCADQdAaNgIQIANBFTYCDEEAIQIMqwILIAEgBEYEQEHhASECDKsCCwJAIAEtAABBIEYEQCADQQA7ATQgAUEBaiEBDAELIANBADYCHCADIAE2AhQgA0GZETYCECADQQk2AgxBACECDKsCC0HHASECDJECCyABIARGBEBB4AEhAgyqAgsCQCABLQAAQTBrQf8BcSICQQpJBEAgAUEBaiEBAkAgAy8BNCIAQZkzSw0AIAMgAEEKbCIAOwE0IABB/v8DcSACQf//A3NLDQAgAyAAIAJqOwE0DAILQQAhAiADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMDKsCCyADQQA2AhwgAyABNgIUIANBlR42AhAgA0ENNgIMQQAhAgyqAgtBxgEhAgyQAgsgASAERgRAQd8BIQIMqQILAkAgAS0AAEEwa0H/AXEiAkEKSQRAIAFBAWohAQJAIAMvATQiAEGZM0sNACADIABBCmwiADsBNCAAQf7/A3EgAkH//wNzSw0AIAMgACACajsBNAwCC0EAIQIgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDAyqAgsgA0EANgIcIAMgATYCFCADQZUeNgIQIANBDTYCDEEAIQIMqQILQcUBIQIMjwILIAEgBEYEQEHeASECDKgCCwJAIAEtAABBMGtB/wFxIgJBCkkEQCABQQFqIQECQCADLwE0IgBBmTNLDQAgAyAAQQpsIgA7ATQgAEH+/wNxIAJB//8Dc0sNACADIAAgAmo7ATQMAgtBACECIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgwMqQILIANBADYCHCADIAE2AhQgA0GVHjYCECADQQ02AgxBACECDKgCC0HEASECDI4CCyABIARGBEBB3QEhAgynAgsCQAJAAkACQCABLQAAQQprDhcCAwMAAwMDAwMDAwMDAwMDAwMDAwMDAQMLIAFBAWoMBQsgAUEBaiEBQcMBIQIMjwILIAFBAWohASADQS9qLQAAQQFxDQggA0EANgIcIAMgATYCFCADQY0LNgIQIANBDTYCDEEAIQIMpwILIANBADYCHCADIAE2AhQgA0GNCzYCECADQQ02AgxBACECDKYCCyABIARHBEAgA0EPNgIIIAMgATYCBEEBIQIMjQILQdwBIQIMpQILAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0HbASECDKYCCyADKAIEIQAgA0EANgIEIAMgACABEC0iAEUEQCABQQFqIQEMBAsgA0HaATYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgylAgsgAygCBCEAIANBADYCBCADIAAgARAtIgANASABQQFqCyEBQcEBIQIMigILIANB2QE2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMogILQcIBIQIMiAILIANBL2otAABBAXENASADQQA2AhwgAyABNgIUIANB5Bw2AhAgA0EZNgIMQQAhAgygAgsgASAERgRAQdkBIQIMoAILAkACQAJAIAEtAABBCmsOBAECAgACCyABQQFqIQEMAgsgAUEBaiEBDAELIAMtAC5BwABxRQ0BC0EAIQACQCADKAI4IgJFDQAgAigCPCICRQ0AIAMgAhEAACEACyAARQ2gASAAQRVGBEAgA0HZADYCHCADIAE2AhQgA0G3GjYCECADQRU2AgxBACECDJ8CCyADQQA2AhwgAyABNgIUIANBgA02AhAgA0EbNgIMQQAhAgyeAgsgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMnQILIAEgBEcEQCADQQw2AgggAyABNgIEQb8BIQIMhAILQdgBIQIMnAILIAEgBEYEQEHXASECDJwCCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEHBAGsOFQABAgNaBAUGWlpaBwgJCgsMDQ4PEFoLIAFBAWohAUH7ACECDJICCyABQQFqIQFB/AAhAgyRAgsgAUEBaiEBQYEBIQIMkAILIAFBAWohAUGFASECDI8CCyABQQFqIQFBhgEhAgyOAgsgAUEBaiEBQYkBIQIMjQILIAFBAWohAUGKASECDIwCCyABQQFqIQFBjQEhAgyLAgsgAUEBaiEBQZYBIQIMigILIAFBAWohAUGXASECDIkCCyABQQFqIQFBmAEhAgyIAgsgAUEBaiEBQaUBIQIMhwILIAFBAWohAUGmASECDIYCCyABQQFqIQFBrAEhAgyFAgsgAUEBaiEBQbQBIQIMhAILIAFBAWohAUG3ASECDIMCCyABQQFqIQFBvgEhAgyCAgsgASAERgRAQdYBIQIMmwILIAEtAABBzgBHDUggAUEBaiEBQb0BIQIMgQILIAEgBEYEQEHVASECDJoCCwJAAkACQCABLQAAQcIAaw4SAEpKSkpKSkpKSgFKSkpKSkoCSgsgAUEBaiEBQbgBIQIMggILIAFBAWohAUG7ASECDIECCyABQQFqIQFBvAEhAgyAAgtB1AEhAiABIARGDZgCIAMoAgAiACAEIAFraiEFIAEgAGtBB2ohBgJAA0AgAS0AACAAQajVAGotAABHDUUgAEEHRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJkCCyADQQA2AgAgBkEBaiEBQRsMRQsgASAERgRAQdMBIQIMmAILAkACQCABLQAAQckAaw4HAEdHR0dHAUcLIAFBAWohAUG5ASECDP8BCyABQQFqIQFBugEhAgz+AQtB0gEhAiABIARGDZYCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQabVAGotAABHDUMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJcCCyADQQA2AgAgBkEBaiEBQQ8MQwtB0QEhAiABIARGDZUCIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQaTVAGotAABHDUIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJYCCyADQQA2AgAgBkEBaiEBQSAMQgtB0AEhAiABIARGDZQCIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDUEgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADJUCCyADQQA2AgAgBkEBaiEBQRIMQQsgASAERgRAQc8BIQIMlAILAkACQCABLQAAQcUAaw4OAENDQ0NDQ0NDQ0NDQwFDCyABQQFqIQFBtQEhAgz7AQsgAUEBaiEBQbYBIQIM+gELQc4BIQIgASAERg2SAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGe1QBqLQAARw0/IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyTAgsgA0EANgIAIAZBAWohAUEHDD8LQc0BIQIgASAERg2RAiADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGY1QBqLQAARw0+IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAySAgsgA0EANgIAIAZBAWohAUEoDD4LIAEgBEYEQEHMASECDJECCwJAAkACQCABLQAAQcUAaw4RAEFBQUFBQUFBQQFBQUFBQQJBCyABQQFqIQFBsQEhAgz5AQsgAUEBaiEBQbIBIQIM+AELIAFBAWohAUGzASECDPcBC0HLASECIAEgBEYNjwIgAygCACIAIAQgAWtqIQUgASAAa0EGaiEGAkADQCABLQAAIABBkdUAai0AAEcNPCAAQQZGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMkAILIANBADYCACAGQQFqIQFBGgw8C0HKASECIAEgBEYNjgIgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBjdUAai0AAEcNOyAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMjwILIANBADYCACAGQQFqIQFBIQw7CyABIARGBEBByQEhAgyOAgsCQAJAIAEtAABBwQBrDhQAPT09PT09PT09PT09PT09PT09AT0LIAFBAWohAUGtASECDPUBCyABQQFqIQFBsAEhAgz0AQsgASAERgRAQcgBIQIMjQILAkACQCABLQAAQdUAaw4LADw8PDw8PDw8PAE8CyABQQFqIQFBrgEhAgz0AQsgAUEBaiEBQa8BIQIM8wELQccBIQIgASAERg2LAiADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw04IABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyMAgsgA0EANgIAIAZBAWohAUEqDDgLIAEgBEYEQEHGASECDIsCCyABLQAAQdAARw04IAFBAWohAUElDDcLQcUBIQIgASAERg2JAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGB1QBqLQAARw02IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyKAgsgA0EANgIAIAZBAWohAUEODDYLIAEgBEYEQEHEASECDIkCCyABLQAAQcUARw02IAFBAWohAUGrASECDO8BCyABIARGBEBBwwEhAgyIAgsCQAJAAkACQCABLQAAQcIAaw4PAAECOTk5OTk5OTk5OTkDOQsgAUEBaiEBQacBIQIM8QELIAFBAWohAUGoASECDPABCyABQQFqIQFBqQEhAgzvAQsgAUEBaiEBQaoBIQIM7gELQcIBIQIgASAERg2GAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH+1ABqLQAARw0zIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyHAgsgA0EANgIAIAZBAWohAUEUDDMLQcEBIQIgASAERg2FAiADKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEH51ABqLQAARw0yIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyGAgsgA0EANgIAIAZBAWohAUErDDILQcABIQIgASAERg2EAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEH21ABqLQAARw0xIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyFAgsgA0EANgIAIAZBAWohAUEsDDELQb8BIQIgASAERg2DAiADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGh1QBqLQAARw0wIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyEAgsgA0EANgIAIAZBAWohAUERDDALQb4BIQIgASAERg2CAiADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEHy1ABqLQAARw0vIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyDAgsgA0EANgIAIAZBAWohAUEuDC8LIAEgBEYEQEG9ASECDIICCwJAAkACQAJAAkAgAS0AAEHBAGsOFQA0NDQ0NDQ0NDQ0ATQ0AjQ0AzQ0BDQLIAFBAWohAUGbASECDOwBCyABQQFqIQFBnAEhAgzrAQsgAUEBaiEBQZ0BIQIM6gELIAFBAWohAUGiASECDOkBCyABQQFqIQFBpAEhAgzoAQsgASAERgRAQbwBIQIMgQILAkACQCABLQAAQdIAaw4DADABMAsgAUEBaiEBQaMBIQIM6AELIAFBAWohAUEEDC0LQbsBIQIgASAERg3/ASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHw1ABqLQAARw0sIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyAAgsgA0EANgIAIAZBAWohAUEdDCwLIAEgBEYEQEG6ASECDP8BCwJAAkAgAS0AAEHJAGsOBwEuLi4uLgAuCyABQQFqIQFBoQEhAgzmAQsgAUEBaiEBQSIMKwsgASAERgRAQbkBIQIM/gELIAEtAABB0ABHDSsgAUEBaiEBQaABIQIM5AELIAEgBEYEQEG4ASECDP0BCwJAAkAgAS0AAEHGAGsOCwAsLCwsLCwsLCwBLAsgAUEBaiEBQZ4BIQIM5AELIAFBAWohAUGfASECDOMBC0G3ASECIAEgBEYN+wEgAygCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABB7NQAai0AAEcNKCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM/AELIANBADYCACAGQQFqIQFBDQwoC0G2ASECIAEgBEYN+gEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBodUAai0AAEcNJyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+wELIANBADYCACAGQQFqIQFBDAwnC0G1ASECIAEgBEYN+QEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6tQAai0AAEcNJiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+gELIANBADYCACAGQQFqIQFBAwwmC0G0ASECIAEgBEYN+AEgAygCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB6NQAai0AAEcNJSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM+QELIANBADYCACAGQQFqIQFBJgwlCyABIARGBEBBswEhAgz4AQsCQAJAIAEtAABB1ABrDgIAAScLIAFBAWohAUGZASECDN8BCyABQQFqIQFBmgEhAgzeAQtBsgEhAiABIARGDfYBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQebUAGotAABHDSMgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPcBCyADQQA2AgAgBkEBaiEBQScMIwtBsQEhAiABIARGDfUBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQeTUAGotAABHDSIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPYBCyADQQA2AgAgBkEBaiEBQRwMIgtBsAEhAiABIARGDfQBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQd7UAGotAABHDSEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPUBCyADQQA2AgAgBkEBaiEBQQYMIQtBrwEhAiABIARGDfMBIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQdnUAGotAABHDSAgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPQBCyADQQA2AgAgBkEBaiEBQRkMIAsgASAERgRAQa4BIQIM8wELAkACQAJAAkAgAS0AAEEtaw4jACQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkASQkJCQkAiQkJAMkCyABQQFqIQFBjgEhAgzcAQsgAUEBaiEBQY8BIQIM2wELIAFBAWohAUGUASECDNoBCyABQQFqIQFBlQEhAgzZAQtBrQEhAiABIARGDfEBIAMoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQdfUAGotAABHDR4gAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADPIBCyADQQA2AgAgBkEBaiEBQQsMHgsgASAERgRAQawBIQIM8QELAkACQCABLQAAQcEAaw4DACABIAsgAUEBaiEBQZABIQIM2AELIAFBAWohAUGTASECDNcBCyABIARGBEBBqwEhAgzwAQsCQAJAIAEtAABBwQBrDg8AHx8fHx8fHx8fHx8fHwEfCyABQQFqIQFBkQEhAgzXAQsgAUEBaiEBQZIBIQIM1gELIAEgBEYEQEGqASECDO8BCyABLQAAQcwARw0cIAFBAWohAUEKDBsLQakBIQIgASAERg3tASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHR1ABqLQAARw0aIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzuAQsgA0EANgIAIAZBAWohAUEeDBoLQagBIQIgASAERg3sASADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEHK1ABqLQAARw0ZIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAztAQsgA0EANgIAIAZBAWohAUEVDBkLQacBIQIgASAERg3rASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHH1ABqLQAARw0YIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzsAQsgA0EANgIAIAZBAWohAUEXDBgLQaYBIQIgASAERg3qASADKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHB1ABqLQAARw0XIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzrAQsgA0EANgIAIAZBAWohAUEYDBcLIAEgBEYEQEGlASECDOoBCwJAAkAgAS0AAEHJAGsOBwAZGRkZGQEZCyABQQFqIQFBiwEhAgzRAQsgAUEBaiEBQYwBIQIM0AELQaQBIQIgASAERg3oASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGm1QBqLQAARw0VIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzpAQsgA0EANgIAIAZBAWohAUEJDBULQaMBIQIgASAERg3nASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGk1QBqLQAARw0UIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzoAQsgA0EANgIAIAZBAWohAUEfDBQLQaIBIQIgASAERg3mASADKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEG+1ABqLQAARw0TIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAznAQsgA0EANgIAIAZBAWohAUECDBMLQaEBIQIgASAERg3lASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYDQCABLQAAIABBvNQAai0AAEcNESAAQQFGDQIgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM5QELIAEgBEYEQEGgASECDOUBC0EBIAEtAABB3wBHDREaIAFBAWohAUGHASECDMsBCyADQQA2AgAgBkEBaiEBQYgBIQIMygELQZ8BIQIgASAERg3iASADKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEGE1QBqLQAARw0PIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAzjAQsgA0EANgIAIAZBAWohAUEpDA8LQZ4BIQIgASAERg3hASADKAIAIgAgBCABa2ohBSABIABrQQNqIQYCQANAIAEtAAAgAEG41ABqLQAARw0OIABBA0YNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAziAQsgA0EANgIAIAZBAWohAUEtDA4LIAEgBEYEQEGdASECDOEBCyABLQAAQcUARw0OIAFBAWohAUGEASECDMcBCyABIARGBEBBnAEhAgzgAQsCQAJAIAEtAABBzABrDggADw8PDw8PAQ8LIAFBAWohAUGCASECDMcBCyABQQFqIQFBgwEhAgzGAQtBmwEhAiABIARGDd4BIAMoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQbPUAGotAABHDQsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN8BCyADQQA2AgAgBkEBaiEBQSMMCwtBmgEhAiABIARGDd0BIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQbDUAGotAABHDQogAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADN4BCyADQQA2AgAgBkEBaiEBQQAMCgsgASAERgRAQZkBIQIM3QELAkACQCABLQAAQcgAaw4IAAwMDAwMDAEMCyABQQFqIQFB/QAhAgzEAQsgAUEBaiEBQYABIQIMwwELIAEgBEYEQEGYASECDNwBCwJAAkAgAS0AAEHOAGsOAwALAQsLIAFBAWohAUH+ACECDMMBCyABQQFqIQFB/wAhAgzCAQsgASAERgRAQZcBIQIM2wELIAEtAABB2QBHDQggAUEBaiEBQQgMBwtBlgEhAiABIARGDdkBIAMoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQazUAGotAABHDQYgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNoBCyADQQA2AgAgBkEBaiEBQQUMBgtBlQEhAiABIARGDdgBIAMoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQabUAGotAABHDQUgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNkBCyADQQA2AgAgBkEBaiEBQRYMBQtBlAEhAiABIARGDdcBIAMoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQaHVAGotAABHDQQgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAyAFNgIADNgBCyADQQA2AgAgBkEBaiEBQRAMBAsgASAERgRAQZMBIQIM1wELAkACQCABLQAAQcMAaw4MAAYGBgYGBgYGBgYBBgsgAUEBaiEBQfkAIQIMvgELIAFBAWohAUH6ACECDL0BC0GSASECIAEgBEYN1QEgAygCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBoNQAai0AAEcNAiAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAM1gELIANBADYCACAGQQFqIQFBJAwCCyADQQA2AgAMAgsgASAERgRAQZEBIQIM1AELIAEtAABBzABHDQEgAUEBaiEBQRMLOgApIAMoAgQhACADQQA2AgQgAyAAIAEQLiIADQIMAQtBACECIANBADYCHCADIAE2AhQgA0H+HzYCECADQQY2AgwM0QELQfgAIQIMtwELIANBkAE2AhwgAyABNgIUIAMgADYCDEEAIQIMzwELQQAhAAJAIAMoAjgiAkUNACACKAJAIgJFDQAgAyACEQAAIQALIABFDQAgAEEVRg0BIANBADYCHCADIAE2AhQgA0GCDzYCECADQSA2AgxBACECDM4BC0H3ACECDLQBCyADQY8BNgIcIAMgATYCFCADQewbNgIQIANBFTYCDEEAIQIMzAELIAEgBEYEQEGPASECDMwBCwJAIAEtAABBIEYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZsfNgIQIANBBjYCDEEAIQIMzAELQQIhAgyyAQsDQCABLQAAQSBHDQIgBCABQQFqIgFHDQALQY4BIQIMygELIAEgBEYEQEGNASECDMoBCwJAIAEtAABBCWsOBEoAAEoAC0H1ACECDLABCyADLQApQQVGBEBB9gAhAgywAQtB9AAhAgyvAQsgASAERgRAQYwBIQIMyAELIANBEDYCCCADIAE2AgQMCgsgASAERgRAQYsBIQIMxwELAkAgAS0AAEEJaw4ERwAARwALQfMAIQIMrQELIAEgBEcEQCADQRA2AgggAyABNgIEQfEAIQIMrQELQYoBIQIMxQELAkAgASAERwRAA0AgAS0AAEGg0ABqLQAAIgBBA0cEQAJAIABBAWsOAkkABAtB8AAhAgyvAQsgBCABQQFqIgFHDQALQYgBIQIMxgELQYgBIQIMxQELIANBADYCHCADIAE2AhQgA0HbIDYCECADQQc2AgxBACECDMQBCyABIARGBEBBiQEhAgzEAQsCQAJAAkAgAS0AAEGg0gBqLQAAQQFrDgNGAgABC0HyACECDKwBCyADQQA2AhwgAyABNgIUIANBtBI2AhAgA0EHNgIMQQAhAgzEAQtB6gAhAgyqAQsgASAERwRAIAFBAWohAUHvACECDKoBC0GHASECDMIBCyAEIAEiAEYEQEGGASECDMIBCyAALQAAIgFBL0YEQCAAQQFqIQFB7gAhAgypAQsgAUEJayICQRdLDQEgACEBQQEgAnRBm4CABHENQQwBCyAEIAEiAEYEQEGFASECDMEBCyAALQAAQS9HDQAgAEEBaiEBDAMLQQAhAiADQQA2AhwgAyAANgIUIANB2yA2AhAgA0EHNgIMDL8BCwJAAkACQAJAAkADQCABLQAAQaDOAGotAAAiAEEFRwRAAkACQCAAQQFrDghHBQYHCAAEAQgLQesAIQIMrQELIAFBAWohAUHtACECDKwBCyAEIAFBAWoiAUcNAAtBhAEhAgzDAQsgAUEBagwUCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDMEBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDMABCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNHiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDL8BCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy+AQsgASAERgRAQYMBIQIMvgELAkAgAS0AAEGgzgBqLQAAQQFrDgg+BAUGAAgCAwcLIAFBAWohAQtBAyECDKMBCyABQQFqDA0LQQAhAiADQQA2AhwgA0HREjYCECADQQc2AgwgAyABQQFqNgIUDLoBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQdsANgIcIAMgATYCFCADIAA2AgxBACECDLkBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQd0ANgIcIAMgATYCFCADIAA2AgxBACECDLgBCyADKAIEIQAgA0EANgIEIAMgACABECwiAEUNFiADQfoANgIcIAMgATYCFCADIAA2AgxBACECDLcBCyADQQA2AhwgAyABNgIUIANB+Q82AhAgA0EHNgIMQQAhAgy2AQtB7AAhAgycAQsgASAERgRAQYIBIQIMtQELIAFBAWoMAgsgASAERgRAQYEBIQIMtAELIAFBAWoMAQsgASAERg0BIAFBAWoLIQFBBCECDJgBC0GAASECDLABCwNAIAEtAABBoMwAai0AACIAQQJHBEAgAEEBRwRAQekAIQIMmQELDDELIAQgAUEBaiIBRw0AC0H/ACECDK8BCyABIARGBEBB/gAhAgyvAQsCQCABLQAAQQlrDjcvAwYvBAYGBgYGBgYGBgYGBgYGBgYGBgUGBgIGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYABgsgAUEBagshAUEFIQIMlAELIAFBAWoMBgsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgyrAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgyqAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQggA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgypAQsgA0EANgIcIAMgATYCFCADQY0UNgIQIANBBzYCDEEAIQIMqAELAkACQAJAAkADQCABLQAAQaDKAGotAAAiAEEFRwRAAkAgAEEBaw4GLgMEBQYABgtB6AAhAgyUAQsgBCABQQFqIgFHDQALQf0AIQIMqwELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB2wA2AhwgAyABNgIUIAMgADYCDEEAIQIMqgELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB3QA2AhwgAyABNgIUIAMgADYCDEEAIQIMqQELIAMoAgQhACADQQA2AgQgAyAAIAEQLCIARQ0HIANB+gA2AhwgAyABNgIUIAMgADYCDEEAIQIMqAELIANBADYCHCADIAE2AhQgA0HkCDYCECADQQc2AgxBACECDKcBCyABIARGDQEgAUEBagshAUEGIQIMjAELQfwAIQIMpAELAkACQAJAAkADQCABLQAAQaDIAGotAAAiAEEFRwRAIABBAWsOBCkCAwQFCyAEIAFBAWoiAUcNAAtB+wAhAgynAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HbADYCHCADIAE2AhQgAyAANgIMQQAhAgymAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0HdADYCHCADIAE2AhQgAyAANgIMQQAhAgylAQsgAygCBCEAIANBADYCBCADIAAgARAsIgBFDQMgA0H6ADYCHCADIAE2AhQgAyAANgIMQQAhAgykAQsgA0EANgIcIAMgATYCFCADQbwKNgIQIANBBzYCDEEAIQIMowELQc8AIQIMiQELQdEAIQIMiAELQecAIQIMhwELIAEgBEYEQEH6ACECDKABCwJAIAEtAABBCWsOBCAAACAACyABQQFqIQFB5gAhAgyGAQsgASAERgRAQfkAIQIMnwELAkAgAS0AAEEJaw4EHwAAHwALQQAhAAJAIAMoAjgiAkUNACACKAI4IgJFDQAgAyACEQAAIQALIABFBEBB4gEhAgyGAQsgAEEVRwRAIANBADYCHCADIAE2AhQgA0HJDTYCECADQRo2AgxBACECDJ8BCyADQfgANgIcIAMgATYCFCADQeoaNgIQIANBFTYCDEEAIQIMngELIAEgBEcEQCADQQ02AgggAyABNgIEQeQAIQIMhQELQfcAIQIMnQELIAEgBEYEQEH2ACECDJ0BCwJAAkACQCABLQAAQcgAaw4LAAELCwsLCwsLCwILCyABQQFqIQFB3QAhAgyFAQsgAUEBaiEBQeAAIQIMhAELIAFBAWohAUHjACECDIMBC0H1ACECIAEgBEYNmwEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBtdUAai0AAEcNCCAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMnAELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgAEQCADQfQANgIcIAMgATYCFCADIAA2AgxBACECDJwBC0HiACECDIIBC0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMnAELQeEAIQIMggELIANB8wA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyaAQsgAy0AKSIAQSNrQQtJDQkCQCAAQQZLDQBBASAAdEHKAHFFDQAMCgtBACECIANBADYCHCADIAE2AhQgA0HtCTYCECADQQg2AgwMmQELQfIAIQIgASAERg2YASADKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGz1QBqLQAARw0FIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAyZAQsgAygCBCEAIANCADcDACADIAAgBkEBaiIBECsiAARAIANB8QA2AhwgAyABNgIUIAMgADYCDEEAIQIMmQELQd8AIQIMfwtBACEAAkAgAygCOCICRQ0AIAIoAjQiAkUNACADIAIRAAAhAAsCQCAABEAgAEEVRg0BIANBADYCHCADIAE2AhQgA0HqDTYCECADQSY2AgxBACECDJkBC0HeACECDH8LIANB8AA2AhwgAyABNgIUIANBgBs2AhAgA0EVNgIMQQAhAgyXAQsgAy0AKUEhRg0GIANBADYCHCADIAE2AhQgA0GRCjYCECADQQg2AgxBACECDJYBC0HvACECIAEgBEYNlQEgAygCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABBsNUAai0AAEcNAiAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyADIAU2AgAMlgELIAMoAgQhACADQgA3AwAgAyAAIAZBAWoiARArIgBFDQIgA0HtADYCHCADIAE2AhQgAyAANgIMQQAhAgyVAQsgA0EANgIACyADKAIEIQAgA0EANgIEIAMgACABECsiAEUNgAEgA0HuADYCHCADIAE2AhQgAyAANgIMQQAhAgyTAQtB3AAhAgx5C0EAIQACQCADKAI4IgJFDQAgAigCNCICRQ0AIAMgAhEAACEACwJAIAAEQCAAQRVGDQEgA0EANgIcIAMgATYCFCADQeoNNgIQIANBJjYCDEEAIQIMkwELQdsAIQIMeQsgA0HsADYCHCADIAE2AhQgA0GAGzYCECADQRU2AgxBACECDJEBCyADLQApIgBBI0kNACAAQS5GDQAgA0EANgIcIAMgATYCFCADQckJNgIQIANBCDYCDEEAIQIMkAELQdoAIQIMdgsgASAERgRAQesAIQIMjwELAkAgAS0AAEEvRgRAIAFBAWohAQwBCyADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMQQAhAgyPAQtB2QAhAgx1CyABIARHBEAgA0EONgIIIAMgATYCBEHYACECDHULQeoAIQIMjQELIAEgBEYEQEHpACECDI0BCyABLQAAQTBrIgBB/wFxQQpJBEAgAyAAOgAqIAFBAWohAUHXACECDHQLIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ16IANB6AA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAEgBEYEQEHnACECDIwBCwJAIAEtAABBLkYEQCABQQFqIQEMAQsgAygCBCEAIANBADYCBCADIAAgARAvIgBFDXsgA0HmADYCHCADIAE2AhQgAyAANgIMQQAhAgyMAQtB1gAhAgxyCyABIARGBEBB5QAhAgyLAQtBACEAQQEhBUEBIQdBACECAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgAS0AAEEwaw4KCgkAAQIDBAUGCAsLQQIMBgtBAwwFC0EEDAQLQQUMAwtBBgwCC0EHDAELQQgLIQJBACEFQQAhBwwCC0EJIQJBASEAQQAhBUEAIQcMAQtBACEFQQEhAgsgAyACOgArIAFBAWohAQJAAkAgAy0ALkEQcQ0AAkACQAJAIAMtACoOAwEAAgQLIAdFDQMMAgsgAA0BDAILIAVFDQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ0CIANB4gA2AhwgAyABNgIUIAMgADYCDEEAIQIMjQELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ19IANB4wA2AhwgAyABNgIUIAMgADYCDEEAIQIMjAELIAMoAgQhACADQQA2AgQgAyAAIAEQLyIARQ17IANB5AA2AhwgAyABNgIUIAMgADYCDAyLAQtB1AAhAgxxCyADLQApQSJGDYYBQdMAIQIMcAtBACEAAkAgAygCOCICRQ0AIAIoAkQiAkUNACADIAIRAAAhAAsgAEUEQEHVACECDHALIABBFUcEQCADQQA2AhwgAyABNgIUIANBpA02AhAgA0EhNgIMQQAhAgyJAQsgA0HhADYCHCADIAE2AhQgA0HQGjYCECADQRU2AgxBACECDIgBCyABIARGBEBB4AAhAgyIAQsCQAJAAkACQAJAIAEtAABBCmsOBAEEBAAECyABQQFqIQEMAQsgAUEBaiEBIANBL2otAABBAXFFDQELQdIAIQIMcAsgA0EANgIcIAMgATYCFCADQbYRNgIQIANBCTYCDEEAIQIMiAELIANBADYCHCADIAE2AhQgA0G2ETYCECADQQk2AgxBACECDIcBCyABIARGBEBB3wAhAgyHAQsgAS0AAEEKRgRAIAFBAWohAQwJCyADLQAuQcAAcQ0IIANBADYCHCADIAE2AhQgA0G2ETYCECADQQI2AgxBACECDIYBCyABIARGBEBB3QAhAgyGAQsgAS0AACICQQ1GBEAgAUEBaiEBQdAAIQIMbQsgASEAIAJBCWsOBAUBAQUBCyAEIAEiAEYEQEHcACECDIUBCyAALQAAQQpHDQAgAEEBagwCC0EAIQIgA0EANgIcIAMgADYCFCADQcotNgIQIANBBzYCDAyDAQsgASAERgRAQdsAIQIMgwELAkAgAS0AAEEJaw4EAwAAAwALIAFBAWoLIQFBzgAhAgxoCyABIARGBEBB2gAhAgyBAQsgAS0AAEEJaw4EAAEBAAELQQAhAiADQQA2AhwgA0GaEjYCECADQQc2AgwgAyABQQFqNgIUDH8LIANBgBI7ASpBACEAAkAgAygCOCICRQ0AIAIoAjgiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HZADYCHCADIAE2AhQgA0HqGjYCECADQRU2AgxBACECDH4LQc0AIQIMZAsgA0EANgIcIAMgATYCFCADQckNNgIQIANBGjYCDEEAIQIMfAsgASAERgRAQdkAIQIMfAsgAS0AAEEgRw09IAFBAWohASADLQAuQQFxDT0gA0EANgIcIAMgATYCFCADQcIcNgIQIANBHjYCDEEAIQIMewsgASAERgRAQdgAIQIMewsCQAJAAkACQAJAIAEtAAAiAEEKaw4EAgMDAAELIAFBAWohAUEsIQIMZQsgAEE6Rw0BIANBADYCHCADIAE2AhQgA0HnETYCECADQQo2AgxBACECDH0LIAFBAWohASADQS9qLQAAQQFxRQ1zIAMtADJBgAFxRQRAIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsCQAJAIAAOFk1MSwEBAQEBAQEBAQEBAQEBAQEBAQABCyADQSk2AhwgAyABNgIUIANBrBk2AhAgA0EVNgIMQQAhAgx+CyADQQA2AhwgAyABNgIUIANB5Qs2AhAgA0ERNgIMQQAhAgx9C0EAIQACQCADKAI4IgJFDQAgAigCXCICRQ0AIAMgAhEAACEACyAARQ1ZIABBFUcNASADQQU2AhwgAyABNgIUIANBmxs2AhAgA0EVNgIMQQAhAgx8C0HLACECDGILQQAhAiADQQA2AhwgAyABNgIUIANBkA42AhAgA0EUNgIMDHoLIAMgAy8BMkGAAXI7ATIMOwsgASAERwRAIANBETYCCCADIAE2AgRBygAhAgxgC0HXACECDHgLIAEgBEYEQEHWACECDHgLAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAQEBAQEBAQEBAQEBAAUBAQAIDQAsgAUEBaiEBQcYAIQIMYQsgAUEBaiEBQccAIQIMYAsgAUEBaiEBQcgAIQIMXwsgAUEBaiEBQckAIQIMXgtB1QAhAiAEIAEiAEYNdiAEIAFrIAMoAgAiAWohBiAAIAFrQQVqIQcDQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQhBBCABQQVGDQoaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHYLQdQAIQIgBCABIgBGDXUgBCABayADKAIAIgFqIQYgACABa0EPaiEHA0AgAUGAyABqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0HQQMgAUEPRg0JGiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAx1C0HTACECIAQgASIARg10IAQgAWsgAygCACIBaiEGIAAgAWtBDmohBwNAIAFB4scAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNBiABQQ5GDQcgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMdAtB0gAhAiAEIAEiAEYNcyAEIAFrIAMoAgAiAWohBSAAIAFrQQFqIQYDQCABQeDHAGotAAAgAC0AACIHQSByIAcgB0HBAGtB/wFxQRpJG0H/AXFHDQUgAUEBRg0CIAFBAWohASAEIABBAWoiAEcNAAsgAyAFNgIADHMLIAEgBEYEQEHRACECDHMLAkACQCABLQAAIgBBIHIgACAAQcEAa0H/AXFBGkkbQf8BcUHuAGsOBwA5OTk5OQE5CyABQQFqIQFBwwAhAgxaCyABQQFqIQFBxAAhAgxZCyADQQA2AgAgBkEBaiEBQcUAIQIMWAtB0AAhAiAEIAEiAEYNcCAEIAFrIAMoAgAiAWohBiAAIAFrQQlqIQcDQCABQdbHAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQJBAiABQQlGDQQaIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADHALQc8AIQIgBCABIgBGDW8gBCABayADKAIAIgFqIQYgACABa0EFaiEHA0AgAUHQxwBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYNAiABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxvCyAAIQEgA0EANgIADDMLQQELOgAsIANBADYCACAHQQFqIQELQS0hAgxSCwJAA0AgAS0AAEHQxQBqLQAAQQFHDQEgBCABQQFqIgFHDQALQc0AIQIMawtBwgAhAgxRCyABIARGBEBBzAAhAgxqCyABLQAAQTpGBEAgAygCBCEAIANBADYCBCADIAAgARAwIgBFDTMgA0HLADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxqCyADQQA2AhwgAyABNgIUIANB5xE2AhAgA0EKNgIMQQAhAgxpCwJAAkAgAy0ALEECaw4CAAEnCyADQTNqLQAAQQJxRQ0mIAMtAC5BAnENJiADQQA2AhwgAyABNgIUIANBphQ2AhAgA0ELNgIMQQAhAgxpCyADLQAyQSBxRQ0lIAMtAC5BAnENJSADQQA2AhwgAyABNgIUIANBvRM2AhAgA0EPNgIMQQAhAgxoC0EAIQACQCADKAI4IgJFDQAgAigCSCICRQ0AIAMgAhEAACEACyAARQRAQcEAIQIMTwsgAEEVRwRAIANBADYCHCADIAE2AhQgA0GmDzYCECADQRw2AgxBACECDGgLIANBygA2AhwgAyABNgIUIANBhRw2AhAgA0EVNgIMQQAhAgxnCyABIARHBEAgASECA0AgBCACIgFrQRBOBEAgAUEQaiEC/Qz/////////////////////IAH9AAAAIg1BB/1sIA39DODg4ODg4ODg4ODg4ODg4OD9bv0MX19fX19fX19fX19fX19fX/0mIA39DAkJCQkJCQkJCQkJCQkJCQn9I/1Q/VL9ZEF/c2giAEEQRg0BIAAgAWohAQwYCyABIARGBEBBxAAhAgxpCyABLQAAQcDBAGotAABBAUcNFyAEIAFBAWoiAkcNAAtBxAAhAgxnC0HEACECDGYLIAEgBEcEQANAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXEiAEEJRg0AIABBIEYNAAJAAkACQAJAIABB4wBrDhMAAwMDAwMDAwEDAwMDAwMDAwMCAwsgAUEBaiEBQTYhAgxSCyABQQFqIQFBNyECDFELIAFBAWohAUE4IQIMUAsMFQsgBCABQQFqIgFHDQALQTwhAgxmC0E8IQIMZQsgASAERgRAQcgAIQIMZQsgA0ESNgIIIAMgATYCBAJAAkACQAJAAkAgAy0ALEEBaw4EFAABAgkLIAMtADJBIHENA0HgASECDE8LAkAgAy8BMiIAQQhxRQ0AIAMtAChBAUcNACADLQAuQQhxRQ0CCyADIABB9/sDcUGABHI7ATIMCwsgAyADLwEyQRByOwEyDAQLIANBADYCBCADIAEgARAxIgAEQCADQcEANgIcIAMgADYCDCADIAFBAWo2AhRBACECDGYLIAFBAWohAQxYCyADQQA2AhwgAyABNgIUIANB9BM2AhAgA0EENgIMQQAhAgxkC0HHACECIAEgBEYNYyADKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIABBwMUAai0AACABLQAAQSByRw0BIABBBkYNSiAAQQFqIQAgBCABQQFqIgFHDQALIAMgBTYCAAxkCyADQQA2AgAMBQsCQCABIARHBEADQCABLQAAQcDDAGotAAAiAEEBRwRAIABBAkcNAyABQQFqIQEMBQsgBCABQQFqIgFHDQALQcUAIQIMZAtBxQAhAgxjCwsgA0EAOgAsDAELQQshAgxHC0E/IQIMRgsCQAJAA0AgAS0AACIAQSBHBEACQCAAQQprDgQDBQUDAAsgAEEsRg0DDAQLIAQgAUEBaiIBRw0AC0HGACECDGALIANBCDoALAwOCyADLQAoQQFHDQIgAy0ALkEIcQ0CIAMoAgQhACADQQA2AgQgAyAAIAEQMSIABEAgA0HCADYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxfCyABQQFqIQEMUAtBOyECDEQLAkADQCABLQAAIgBBIEcgAEEJR3ENASAEIAFBAWoiAUcNAAtBwwAhAgxdCwtBPCECDEILAkACQCABIARHBEADQCABLQAAIgBBIEcEQCAAQQprDgQDBAQDBAsgBCABQQFqIgFHDQALQT8hAgxdC0E/IQIMXAsgAyADLwEyQSByOwEyDAoLIAMoAgQhACADQQA2AgQgAyAAIAEQMSIARQ1OIANBPjYCHCADIAE2AhQgAyAANgIMQQAhAgxaCwJAIAEgBEcEQANAIAEtAABBwMMAai0AACIAQQFHBEAgAEECRg0DDAwLIAQgAUEBaiIBRw0AC0E3IQIMWwtBNyECDFoLIAFBAWohAQwEC0E7IQIgBCABIgBGDVggBCABayADKAIAIgFqIQYgACABa0EFaiEHAkADQCABQZDIAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAUEFRgRAQQchAQw/CyABQQFqIQEgBCAAQQFqIgBHDQALIAMgBjYCAAxZCyADQQA2AgAgACEBDAULQTohAiAEIAEiAEYNVyAEIAFrIAMoAgAiAWohBiAAIAFrQQhqIQcCQANAIAFBtMEAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNASABQQhGBEBBBSEBDD4LIAFBAWohASAEIABBAWoiAEcNAAsgAyAGNgIADFgLIANBADYCACAAIQEMBAtBOSECIAQgASIARg1WIAQgAWsgAygCACIBaiEGIAAgAWtBA2ohBwJAA0AgAUGwwQBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBA0YEQEEGIQEMPQsgAUEBaiEBIAQgAEEBaiIARw0ACyADIAY2AgAMVwsgA0EANgIAIAAhAQwDCwJAA0AgAS0AACIAQSBHBEAgAEEKaw4EBwQEBwILIAQgAUEBaiIBRw0AC0E4IQIMVgsgAEEsRw0BIAFBAWohAEEBIQECQAJAAkACQAJAIAMtACxBBWsOBAMBAgQACyAAIQEMBAtBAiEBDAELQQQhAQsgA0EBOgAsIAMgAy8BMiABcjsBMiAAIQEMAQsgAyADLwEyQQhyOwEyIAAhAQtBPiECDDsLIANBADoALAtBOSECDDkLIAEgBEYEQEE2IQIMUgsCQAJAAkACQAJAIAEtAABBCmsOBAACAgECCyADKAIEIQAgA0EANgIEIAMgACABEDEiAEUNAiADQTM2AhwgAyABNgIUIAMgADYCDEEAIQIMVQsgAygCBCEAIANBADYCBCADIAAgARAxIgBFBEAgAUEBaiEBDAYLIANBMjYCHCADIAA2AgwgAyABQQFqNgIUQQAhAgxUCyADLQAuQQFxBEBB3wEhAgw7CyADKAIEIQAgA0EANgIEIAMgACABEDEiAA0BDEkLQTQhAgw5CyADQTU2AhwgAyABNgIUIAMgADYCDEEAIQIMUQtBNSECDDcLIANBL2otAABBAXENACADQQA2AhwgAyABNgIUIANB6xY2AhAgA0EZNgIMQQAhAgxPC0EzIQIMNQsgASAERgRAQTIhAgxOCwJAIAEtAABBCkYEQCABQQFqIQEMAQsgA0EANgIcIAMgATYCFCADQZIXNgIQIANBAzYCDEEAIQIMTgtBMiECDDQLIAEgBEYEQEExIQIMTQsCQCABLQAAIgBBCUYNACAAQSBGDQBBASECAkAgAy0ALEEFaw4EBgQFAA0LIAMgAy8BMkEIcjsBMgwMCyADLQAuQQFxRQ0BIAMtACxBCEcNACADQQA6ACwLQT0hAgwyCyADQQA2AhwgAyABNgIUIANBwhY2AhAgA0EKNgIMQQAhAgxKC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyDAYLIAEgBEYEQEEwIQIMRwsgAS0AAEEKRgRAIAFBAWohAQwBCyADLQAuQQFxDQAgA0EANgIcIAMgATYCFCADQdwoNgIQIANBAjYCDEEAIQIMRgtBMCECDCwLIAFBAWohAUExIQIMKwsgASAERgRAQS8hAgxECyABLQAAIgBBCUcgAEEgR3FFBEAgAUEBaiEBIAMtAC5BAXENASADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMQQAhAgxEC0EBIQICQAJAAkACQAJAAkAgAy0ALEECaw4HBQQEAwECAAQLIAMgAy8BMkEIcjsBMgwDC0ECIQIMAQtBBCECCyADQQE6ACwgAyADLwEyIAJyOwEyC0EvIQIMKwsgA0EANgIcIAMgATYCFCADQYQTNgIQIANBCzYCDEEAIQIMQwtB4QEhAgwpCyABIARGBEBBLiECDEILIANBADYCBCADQRI2AgggAyABIAEQMSIADQELQS4hAgwnCyADQS02AhwgAyABNgIUIAMgADYCDEEAIQIMPwtBACEAAkAgAygCOCICRQ0AIAIoAkwiAkUNACADIAIRAAAhAAsgAEUNACAAQRVHDQEgA0HYADYCHCADIAE2AhQgA0GzGzYCECADQRU2AgxBACECDD4LQcwAIQIMJAsgA0EANgIcIAMgATYCFCADQbMONgIQIANBHTYCDEEAIQIMPAsgASAERgRAQc4AIQIMPAsgAS0AACIAQSBGDQIgAEE6Rg0BCyADQQA6ACxBCSECDCELIAMoAgQhACADQQA2AgQgAyAAIAEQMCIADQEMAgsgAy0ALkEBcQRAQd4BIQIMIAsgAygCBCEAIANBADYCBCADIAAgARAwIgBFDQIgA0EqNgIcIAMgADYCDCADIAFBAWo2AhRBACECDDgLIANBywA2AhwgAyAANgIMIAMgAUEBajYCFEEAIQIMNwsgAUEBaiEBQcAAIQIMHQsgAUEBaiEBDCwLIAEgBEYEQEErIQIMNQsCQCABLQAAQQpGBEAgAUEBaiEBDAELIAMtAC5BwABxRQ0GCyADLQAyQYABcQRAQQAhAAJAIAMoAjgiAkUNACACKAJcIgJFDQAgAyACEQAAIQALIABFDRIgAEEVRgRAIANBBTYCHCADIAE2AhQgA0GbGzYCECADQRU2AgxBACECDDYLIANBADYCHCADIAE2AhQgA0GQDjYCECADQRQ2AgxBACECDDULIANBMmohAiADEDVBACEAAkAgAygCOCIGRQ0AIAYoAigiBkUNACADIAYRAAAhAAsgAA4WAgEABAQEBAQEBAQEBAQEBAQEBAQEAwQLIANBAToAMAsgAiACLwEAQcAAcjsBAAtBKyECDBgLIANBKTYCHCADIAE2AhQgA0GsGTYCECADQRU2AgxBACECDDALIANBADYCHCADIAE2AhQgA0HlCzYCECADQRE2AgxBACECDC8LIANBADYCHCADIAE2AhQgA0GlCzYCECADQQI2AgxBACECDC4LQQEhByADLwEyIgVBCHFFBEAgAykDIEIAUiEHCwJAIAMtADAEQEEBIQAgAy0AKUEFRg0BIAVBwABxRSAHcUUNAQsCQCADLQAoIgJBAkYEQEEBIQAgAy8BNCIGQeUARg0CQQAhACAFQcAAcQ0CIAZB5ABGDQIgBkHmAGtBAkkNAiAGQcwBRg0CIAZBsAJGDQIMAQtBACEAIAVBwABxDQELQQIhACAFQQhxDQAgBUGABHEEQAJAIAJBAUcNACADLQAuQQpxDQBBBSEADAILQQQhAAwBCyAFQSBxRQRAIAMQNkEAR0ECdCEADAELQQBBAyADKQMgUBshAAsgAEEBaw4FAgAHAQMEC0ERIQIMEwsgA0EBOgAxDCkLQQAhAgJAIAMoAjgiAEUNACAAKAIwIgBFDQAgAyAAEQAAIQILIAJFDSYgAkEVRgRAIANBAzYCHCADIAE2AhQgA0HSGzYCECADQRU2AgxBACECDCsLQQAhAiADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMDCoLIANBADYCHCADIAE2AhQgA0H5IDYCECADQQ82AgxBACECDCkLQQAhAAJAIAMoAjgiAkUNACACKAIwIgJFDQAgAyACEQAAIQALIAANAQtBDiECDA4LIABBFUYEQCADQQI2AhwgAyABNgIUIANB0hs2AhAgA0EVNgIMQQAhAgwnCyADQQA2AhwgAyABNgIUIANB3Q42AhAgA0ESNgIMQQAhAgwmC0EqIQIMDAsgASAERwRAIANBCTYCCCADIAE2AgRBKSECDAwLQSYhAgwkCyADIAMpAyAiDCAEIAFrrSIKfSILQgAgCyAMWBs3AyAgCiAMVARAQSUhAgwkCyADKAIEIQAgA0EANgIEIAMgACABIAynaiIBEDIiAEUNACADQQU2AhwgAyABNgIUIAMgADYCDEEAIQIMIwtBDyECDAkLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQTBrDjcXFgABAgMEBQYHFBQUFBQUFAgJCgsMDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUDg8QERITFAtCAiEKDBYLQgMhCgwVC0IEIQoMFAtCBSEKDBMLQgYhCgwSC0IHIQoMEQtCCCEKDBALQgkhCgwPC0IKIQoMDgtCCyEKDA0LQgwhCgwMC0INIQoMCwtCDiEKDAoLQg8hCgwJC0IKIQoMCAtCCyEKDAcLQgwhCgwGC0INIQoMBQtCDiEKDAQLQg8hCgwDCyADQQA2AhwgAyABNgIUIANBnxU2AhAgA0EMNgIMQQAhAgwhCyABIARGBEBBIiECDCELQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43FRQAAQIDBAUGBxYWFhYWFhYICQoLDA0WFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFg4PEBESExYLQgIhCgwUC0IDIQoMEwtCBCEKDBILQgUhCgwRC0IGIQoMEAtCByEKDA8LQgghCgwOC0IJIQoMDQtCCiEKDAwLQgshCgwLC0IMIQoMCgtCDSEKDAkLQg4hCgwIC0IPIQoMBwtCCiEKDAYLQgshCgwFC0IMIQoMBAtCDSEKDAMLQg4hCgwCC0IPIQoMAQtCASEKCyABQQFqIQEgAykDICILQv//////////D1gEQCADIAtCBIYgCoQ3AyAMAgsgA0EANgIcIAMgATYCFCADQbUJNgIQIANBDDYCDEEAIQIMHgtBJyECDAQLQSghAgwDCyADIAE6ACwgA0EANgIAIAdBAWohAUEMIQIMAgsgA0EANgIAIAZBAWohAUEKIQIMAQsgAUEBaiEBQQghAgwACwALQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBcLQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBYLQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBULQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDBQLQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDBMLQQAhAiADQQA2AhwgAyABNgIUIANBsjg2AhAgA0EINgIMDBILQQAhAiADQQA2AhwgAyABNgIUIANBgxE2AhAgA0EJNgIMDBELQQAhAiADQQA2AhwgAyABNgIUIANB3wo2AhAgA0EJNgIMDBALQQAhAiADQQA2AhwgAyABNgIUIANB7RA2AhAgA0EJNgIMDA8LQQAhAiADQQA2AhwgAyABNgIUIANB0hE2AhAgA0EJNgIMDA4LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDA0LQQAhAiADQQA2AhwgAyABNgIUIANBuRc2AhAgA0EPNgIMDAwLQQAhAiADQQA2AhwgAyABNgIUIANBmRM2AhAgA0ELNgIMDAsLQQAhAiADQQA2AhwgAyABNgIUIANBnQk2AhAgA0ELNgIMDAoLQQAhAiADQQA2AhwgAyABNgIUIANBlxA2AhAgA0EKNgIMDAkLQQAhAiADQQA2AhwgAyABNgIUIANBsRA2AhAgA0EKNgIMDAgLQQAhAiADQQA2AhwgAyABNgIUIANBux02AhAgA0ECNgIMDAcLQQAhAiADQQA2AhwgAyABNgIUIANBlhY2AhAgA0ECNgIMDAYLQQAhAiADQQA2AhwgAyABNgIUIANB+Rg2AhAgA0ECNgIMDAULQQAhAiADQQA2AhwgAyABNgIUIANBxBg2AhAgA0ECNgIMDAQLIANBAjYCHCADIAE2AhQgA0GpHjYCECADQRY2AgxBACECDAMLQd4AIQIgASAERg0CIAlBCGohByADKAIAIQUCQAJAIAEgBEcEQCAFQZbIAGohCCAEIAVqIAFrIQYgBUF/c0EKaiIFIAFqIQADQCABLQAAIAgtAABHBEBBAiEIDAMLIAVFBEBBACEIIAAhAQwDCyAFQQFrIQUgCEEBaiEIIAQgAUEBaiIBRw0ACyAGIQUgBCEBCyAHQQE2AgAgAyAFNgIADAELIANBADYCACAHIAg2AgALIAcgATYCBCAJKAIMIQACQAJAIAkoAghBAWsOAgQBAAsgA0EANgIcIANBwh42AhAgA0EXNgIMIAMgAEEBajYCFEEAIQIMAwsgA0EANgIcIAMgADYCFCADQdceNgIQIANBCTYCDEEAIQIMAgsgASAERgRAQSghAgwCCyADQQk2AgggAyABNgIEQSchAgwBCyABIARGBEBBASECDAELA0ACQAJAAkAgAS0AAEEKaw4EAAEBAAELIAFBAWohAQwBCyABQQFqIQEgAy0ALkEgcQ0AQQAhAiADQQA2AhwgAyABNgIUIANBoSE2AhAgA0EFNgIMDAILQQEhAiABIARHDQALCyAJQRBqJAAgAkUEQCADKAIMIQAMAQsgAyACNgIcQQAhACADKAIEIgFFDQAgAyABIAQgAygCCBEBACIBRQ0AIAMgBDYCFCADIAE2AgwgASEACyAAC74CAQJ/IABBADoAACAAQeQAaiIBQQFrQQA6AAAgAEEAOgACIABBADoAASABQQNrQQA6AAAgAUECa0EAOgAAIABBADoAAyABQQRrQQA6AABBACAAa0EDcSIBIABqIgBBADYCAEHkACABa0F8cSICIABqIgFBBGtBADYCAAJAIAJBCUkNACAAQQA2AgggAEEANgIEIAFBCGtBADYCACABQQxrQQA2AgAgAkEZSQ0AIABBADYCGCAAQQA2AhQgAEEANgIQIABBADYCDCABQRBrQQA2AgAgAUEUa0EANgIAIAFBGGtBADYCACABQRxrQQA2AgAgAiAAQQRxQRhyIgJrIgFBIEkNACAAIAJqIQADQCAAQgA3AxggAEIANwMQIABCADcDCCAAQgA3AwAgAEEgaiEAIAFBIGsiAUEfSw0ACwsLVgEBfwJAIAAoAgwNAAJAAkACQAJAIAAtADEOAwEAAwILIAAoAjgiAUUNACABKAIwIgFFDQAgACABEQAAIgENAwtBAA8LAAsgAEHKGTYCEEEOIQELIAELGgAgACgCDEUEQCAAQd4fNgIQIABBFTYCDAsLFAAgACgCDEEVRgRAIABBADYCDAsLFAAgACgCDEEWRgRAIABBADYCDAsLBwAgACgCDAsHACAAKAIQCwkAIAAgATYCEAsHACAAKAIUCysAAkAgAEEnTw0AQv//////CSAArYhCAYNQDQAgAEECdEHQOGooAgAPCwALFwAgAEEvTwRAAAsgAEECdEHsOWooAgALvwkBAX9B9C0hAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HqLA8LQZgmDwtB7TEPC0GgNw8LQckpDwtBtCkPC0GWLQ8LQesrDwtBojUPC0HbNA8LQeApDwtB4yQPC0HVJA8LQe4kDwtB5iUPC0HKNA8LQdA3DwtBqjUPC0H1LA8LQfYmDwtBgiIPC0HyMw8LQb4oDwtB5zcPC0HNIQ8LQcAhDwtBuCUPC0HLJQ8LQZYkDwtBjzQPC0HNNQ8LQd0qDwtB7jMPC0GcNA8LQZ4xDwtB9DUPC0HlIg8LQa8lDwtBmTEPC0GyNg8LQfk2DwtBxDIPC0HdLA8LQYIxDwtBwTEPC0GNNw8LQckkDwtB7DYPC0HnKg8LQcgjDwtB4iEPC0HJNw8LQaUiDwtBlCIPC0HbNg8LQd41DwtBhiYPC0G8Kw8LQYsyDwtBoCMPC0H2MA8LQYAsDwtBiSsPC0GkJg8LQfIjDwtBgSgPC0GrMg8LQesnDwtBwjYPC0GiJA8LQc8qDwtB3CMPC0GHJw8LQeQ0DwtBtyIPC0GtMQ8LQdUiDwtBrzQPC0HeJg8LQdYyDwtB9DQPC0GBOA8LQfQ3DwtBkjYPC0GdJw8LQYIpDwtBjSMPC0HXMQ8LQb01DwtBtDcPC0HYMA8LQbYnDwtBmjgPC0GnKg8LQcQnDwtBriMPC0H1Ig8LAAtByiYhAQsgAQsXACAAIAAvAS5B/v8DcSABQQBHcjsBLgsaACAAIAAvAS5B/f8DcSABQQBHQQF0cjsBLgsaACAAIAAvAS5B+/8DcSABQQBHQQJ0cjsBLgsaACAAIAAvAS5B9/8DcSABQQBHQQN0cjsBLgsaACAAIAAvAS5B7/8DcSABQQBHQQR0cjsBLgsaACAAIAAvAS5B3/8DcSABQQBHQQV0cjsBLgsaACAAIAAvAS5Bv/8DcSABQQBHQQZ0cjsBLgsaACAAIAAvAS5B//4DcSABQQBHQQd0cjsBLgsaACAAIAAvAS5B//0DcSABQQBHQQh0cjsBLgsaACAAIAAvAS5B//sDcSABQQBHQQl0cjsBLgs+AQJ/AkAgACgCOCIDRQ0AIAMoAgQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeESNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAggiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfwRNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAgwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQewKNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQfoeNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQcsQNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhgiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQbcfNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAhwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQb8VNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiwiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQf4INgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiAiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQYwdNgIQQRghBAsgBAs+AQJ/AkAgACgCOCIDRQ0AIAMoAiQiA0UNACAAIAEgAiABayADEQEAIgRBf0cNACAAQeYVNgIQQRghBAsgBAs4ACAAAn8gAC8BMkEUcUEURgRAQQEgAC0AKEEBRg0BGiAALwE0QeUARgwBCyAALQApQQVGCzoAMAtZAQJ/AkAgAC0AKEEBRg0AIAAvATQiAUHkAGtB5ABJDQAgAUHMAUYNACABQbACRg0AIAAvATIiAEHAAHENAEEBIQIgAEGIBHFBgARGDQAgAEEocUUhAgsgAguMAQECfwJAAkACQCAALQAqRQ0AIAAtACtFDQAgAC8BMiIBQQJxRQ0BDAILIAAvATIiAUEBcUUNAQtBASECIAAtAChBAUYNACAALwE0IgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNACABQcAAcQ0AQQAhAiABQYgEcUGABEYNACABQShxQQBHIQILIAILcwAgAEEQav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEwav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEEgav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgAEH9ATYCHAsGACAAEDoLmi0BC38jAEEQayIKJABB3NUAKAIAIglFBEBBnNkAKAIAIgVFBEBBqNkAQn83AgBBoNkAQoCAhICAgMAANwIAQZzZACAKQQhqQXBxQdiq1aoFcyIFNgIAQbDZAEEANgIAQYDZAEEANgIAC0GE2QBBwNkENgIAQdTVAEHA2QQ2AgBB6NUAIAU2AgBB5NUAQX82AgBBiNkAQcCmAzYCAANAIAFBgNYAaiABQfTVAGoiAjYCACACIAFB7NUAaiIDNgIAIAFB+NUAaiADNgIAIAFBiNYAaiABQfzVAGoiAzYCACADIAI2AgAgAUGQ1gBqIAFBhNYAaiICNgIAIAIgAzYCACABQYzWAGogAjYCACABQSBqIgFBgAJHDQALQczZBEGBpgM2AgBB4NUAQazZACgCADYCAEHQ1QBBgKYDNgIAQdzVAEHI2QQ2AgBBzP8HQTg2AgBByNkEIQkLAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAEHsAU0EQEHE1QAoAgAiBkEQIABBE2pBcHEgAEELSRsiBEEDdiIAdiIBQQNxBEACQCABQQFxIAByQQFzIgJBA3QiAEHs1QBqIgEgAEH01QBqKAIAIgAoAggiA0YEQEHE1QAgBkF+IAJ3cTYCAAwBCyABIAM2AgggAyABNgIMCyAAQQhqIQEgACACQQN0IgJBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMEQtBzNUAKAIAIgggBE8NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgBBA3QiAkHs1QBqIgEgAkH01QBqKAIAIgIoAggiA0YEQEHE1QAgBkF+IAB3cSIGNgIADAELIAEgAzYCCCADIAE2AgwLIAIgBEEDcjYCBCAAQQN0IgAgBGshBSAAIAJqIAU2AgAgAiAEaiIEIAVBAXI2AgQgCARAIAhBeHFB7NUAaiEAQdjVACgCACEDAn9BASAIQQN2dCIBIAZxRQRAQcTVACABIAZyNgIAIAAMAQsgACgCCAsiASADNgIMIAAgAzYCCCADIAA2AgwgAyABNgIICyACQQhqIQFB2NUAIAQ2AgBBzNUAIAU2AgAMEQtByNUAKAIAIgtFDQEgC2hBAnRB9NcAaigCACIAKAIEQXhxIARrIQUgACECA0ACQCACKAIQIgFFBEAgAkEUaigCACIBRQ0BCyABKAIEQXhxIARrIgMgBUkhAiADIAUgAhshBSABIAAgAhshACABIQIMAQsLIAAoAhghCSAAKAIMIgMgAEcEQEHU1QAoAgAaIAMgACgCCCIBNgIIIAEgAzYCDAwQCyAAQRRqIgIoAgAiAUUEQCAAKAIQIgFFDQMgAEEQaiECCwNAIAIhByABIgNBFGoiAigCACIBDQAgA0EQaiECIAMoAhAiAQ0ACyAHQQA2AgAMDwtBfyEEIABBv39LDQAgAEETaiIBQXBxIQRByNUAKAIAIghFDQBBACAEayEFAkACQAJAAn9BACAEQYACSQ0AGkEfIARB////B0sNABogBEEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+agsiBkECdEH01wBqKAIAIgJFBEBBACEBQQAhAwwBC0EAIQEgBEEZIAZBAXZrQQAgBkEfRxt0IQBBACEDA0ACQCACKAIEQXhxIARrIgcgBU8NACACIQMgByIFDQBBACEFIAIhAQwDCyABIAJBFGooAgAiByAHIAIgAEEddkEEcWpBEGooAgAiAkYbIAEgBxshASAAQQF0IQAgAg0ACwsgASADckUEQEEAIQNBAiAGdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRB9NcAaigCACEBCyABRQ0BCwNAIAEoAgRBeHEgBGsiAiAFSSEAIAIgBSAAGyEFIAEgAyAAGyEDIAEoAhAiAAR/IAAFIAFBFGooAgALIgENAAsLIANFDQAgBUHM1QAoAgAgBGtPDQAgAygCGCEHIAMgAygCDCIARwRAQdTVACgCABogACADKAIIIgE2AgggASAANgIMDA4LIANBFGoiAigCACIBRQRAIAMoAhAiAUUNAyADQRBqIQILA0AgAiEGIAEiAEEUaiICKAIAIgENACAAQRBqIQIgACgCECIBDQALIAZBADYCAAwNC0HM1QAoAgAiAyAETwRAQdjVACgCACEBAkAgAyAEayICQRBPBEAgASAEaiIAIAJBAXI2AgQgASADaiACNgIAIAEgBEEDcjYCBAwBCyABIANBA3I2AgQgASADaiIAIAAoAgRBAXI2AgRBACEAQQAhAgtBzNUAIAI2AgBB2NUAIAA2AgAgAUEIaiEBDA8LQdDVACgCACIDIARLBEAgBCAJaiIAIAMgBGsiAUEBcjYCBEHc1QAgADYCAEHQ1QAgATYCACAJIARBA3I2AgQgCUEIaiEBDA8LQQAhASAEAn9BnNkAKAIABEBBpNkAKAIADAELQajZAEJ/NwIAQaDZAEKAgISAgIDAADcCAEGc2QAgCkEMakFwcUHYqtWqBXM2AgBBsNkAQQA2AgBBgNkAQQA2AgBBgIAECyIAIARBxwBqIgVqIgZBACAAayIHcSICTwRAQbTZAEEwNgIADA8LAkBB/NgAKAIAIgFFDQBB9NgAKAIAIgggAmohACAAIAFNIAAgCEtxDQBBACEBQbTZAEEwNgIADA8LQYDZAC0AAEEEcQ0EAkACQCAJBEBBhNkAIQEDQCABKAIAIgAgCU0EQCAAIAEoAgRqIAlLDQMLIAEoAggiAQ0ACwtBABA7IgBBf0YNBSACIQZBoNkAKAIAIgFBAWsiAyAAcQRAIAIgAGsgACADakEAIAFrcWohBgsgBCAGTw0FIAZB/v///wdLDQVB/NgAKAIAIgMEQEH02AAoAgAiByAGaiEBIAEgB00NBiABIANLDQYLIAYQOyIBIABHDQEMBwsgBiADayAHcSIGQf7///8HSw0EIAYQOyEAIAAgASgCACABKAIEakYNAyAAIQELAkAgBiAEQcgAak8NACABQX9GDQBBpNkAKAIAIgAgBSAGa2pBACAAa3EiAEH+////B0sEQCABIQAMBwsgABA7QX9HBEAgACAGaiEGIAEhAAwHC0EAIAZrEDsaDAQLIAEiAEF/Rw0FDAMLQQAhAwwMC0EAIQAMCgsgAEF/Rw0CC0GA2QBBgNkAKAIAQQRyNgIACyACQf7///8HSw0BIAIQOyEAQQAQOyEBIABBf0YNASABQX9GDQEgACABTw0BIAEgAGsiBiAEQThqTQ0BC0H02ABB9NgAKAIAIAZqIgE2AgBB+NgAKAIAIAFJBEBB+NgAIAE2AgALAkACQAJAQdzVACgCACICBEBBhNkAIQEDQCAAIAEoAgAiAyABKAIEIgVqRg0CIAEoAggiAQ0ACwwCC0HU1QAoAgAiAUEARyAAIAFPcUUEQEHU1QAgADYCAAtBACEBQYjZACAGNgIAQYTZACAANgIAQeTVAEF/NgIAQejVAEGc2QAoAgA2AgBBkNkAQQA2AgADQCABQYDWAGogAUH01QBqIgI2AgAgAiABQezVAGoiAzYCACABQfjVAGogAzYCACABQYjWAGogAUH81QBqIgM2AgAgAyACNgIAIAFBkNYAaiABQYTWAGoiAjYCACACIAM2AgAgAUGM1gBqIAI2AgAgAUEgaiIBQYACRw0AC0F4IABrQQ9xIgEgAGoiAiAGQThrIgMgAWsiAUEBcjYCBEHg1QBBrNkAKAIANgIAQdDVACABNgIAQdzVACACNgIAIAAgA2pBODYCBAwCCyAAIAJNDQAgAiADSQ0AIAEoAgxBCHENAEF4IAJrQQ9xIgAgAmoiA0HQ1QAoAgAgBmoiByAAayIAQQFyNgIEIAEgBSAGajYCBEHg1QBBrNkAKAIANgIAQdDVACAANgIAQdzVACADNgIAIAIgB2pBODYCBAwBCyAAQdTVACgCAEkEQEHU1QAgADYCAAsgACAGaiEDQYTZACEBAkACQAJAA0AgAyABKAIARwRAIAEoAggiAQ0BDAILCyABLQAMQQhxRQ0BC0GE2QAhAQNAIAEoAgAiAyACTQRAIAMgASgCBGoiBSACSw0DCyABKAIIIQEMAAsACyABIAA2AgAgASABKAIEIAZqNgIEIABBeCAAa0EPcWoiCSAEQQNyNgIEIANBeCADa0EPcWoiBiAEIAlqIgRrIQEgAiAGRgRAQdzVACAENgIAQdDVAEHQ1QAoAgAgAWoiADYCACAEIABBAXI2AgQMCAtB2NUAKAIAIAZGBEBB2NUAIAQ2AgBBzNUAQczVACgCACABaiIANgIAIAQgAEEBcjYCBCAAIARqIAA2AgAMCAsgBigCBCIFQQNxQQFHDQYgBUF4cSEIIAVB/wFNBEAgBUEDdiEDIAYoAggiACAGKAIMIgJGBEBBxNUAQcTVACgCAEF+IAN3cTYCAAwHCyACIAA2AgggACACNgIMDAYLIAYoAhghByAGIAYoAgwiAEcEQCAAIAYoAggiAjYCCCACIAA2AgwMBQsgBkEUaiICKAIAIgVFBEAgBigCECIFRQ0EIAZBEGohAgsDQCACIQMgBSIAQRRqIgIoAgAiBQ0AIABBEGohAiAAKAIQIgUNAAsgA0EANgIADAQLQXggAGtBD3EiASAAaiIHIAZBOGsiAyABayIBQQFyNgIEIAAgA2pBODYCBCACIAVBNyAFa0EPcWpBP2siAyADIAJBEGpJGyIDQSM2AgRB4NUAQazZACgCADYCAEHQ1QAgATYCAEHc1QAgBzYCACADQRBqQYzZACkCADcCACADQYTZACkCADcCCEGM2QAgA0EIajYCAEGI2QAgBjYCAEGE2QAgADYCAEGQ2QBBADYCACADQSRqIQEDQCABQQc2AgAgBSABQQRqIgFLDQALIAIgA0YNACADIAMoAgRBfnE2AgQgAyADIAJrIgU2AgAgAiAFQQFyNgIEIAVB/wFNBEAgBUF4cUHs1QBqIQACf0HE1QAoAgAiAUEBIAVBA3Z0IgNxRQRAQcTVACABIANyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRB9NcAaiEAQcjVACgCACIDQQEgAXQiBnFFBEAgACACNgIAQcjVACADIAZyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhAwJAA0AgAyIAKAIEQXhxIAVGDQEgAUEddiEDIAFBAXQhASAAIANBBHFqQRBqIgYoAgAiAw0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIIC0HQ1QAoAgAiASAETQ0AQdzVACgCACIAIARqIgIgASAEayIBQQFyNgIEQdDVACABNgIAQdzVACACNgIAIAAgBEEDcjYCBCAAQQhqIQEMCAtBACEBQbTZAEEwNgIADAcLQQAhAAsgB0UNAAJAIAYoAhwiAkECdEH01wBqIgMoAgAgBkYEQCADIAA2AgAgAA0BQcjVAEHI1QAoAgBBfiACd3E2AgAMAgsgB0EQQRQgBygCECAGRhtqIAA2AgAgAEUNAQsgACAHNgIYIAYoAhAiAgRAIAAgAjYCECACIAA2AhgLIAZBFGooAgAiAkUNACAAQRRqIAI2AgAgAiAANgIYCyABIAhqIQEgBiAIaiIGKAIEIQULIAYgBUF+cTYCBCABIARqIAE2AgAgBCABQQFyNgIEIAFB/wFNBEAgAUF4cUHs1QBqIQACf0HE1QAoAgAiAkEBIAFBA3Z0IgFxRQRAQcTVACABIAJyNgIAIAAMAQsgACgCCAsiASAENgIMIAAgBDYCCCAEIAA2AgwgBCABNgIIDAELQR8hBSABQf///wdNBEAgAUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEFCyAEIAU2AhwgBEIANwIQIAVBAnRB9NcAaiEAQcjVACgCACICQQEgBXQiA3FFBEAgACAENgIAQcjVACACIANyNgIAIAQgADYCGCAEIAQ2AgggBCAENgIMDAELIAFBGSAFQQF2a0EAIAVBH0cbdCEFIAAoAgAhAAJAA0AgACICKAIEQXhxIAFGDQEgBUEddiEAIAVBAXQhBSACIABBBHFqQRBqIgMoAgAiAA0ACyADIAQ2AgAgBCACNgIYIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAJQQhqIQEMAgsCQCAHRQ0AAkAgAygCHCIBQQJ0QfTXAGoiAigCACADRgRAIAIgADYCACAADQFByNUAIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0BCyAAIAc2AhggAygCECIBBEAgACABNgIQIAEgADYCGAsgA0EUaigCACIBRQ0AIABBFGogATYCACABIAA2AhgLAkAgBUEPTQRAIAMgBCAFaiIAQQNyNgIEIAAgA2oiACAAKAIEQQFyNgIEDAELIAMgBGoiAiAFQQFyNgIEIAMgBEEDcjYCBCACIAVqIAU2AgAgBUH/AU0EQCAFQXhxQezVAGohAAJ/QcTVACgCACIBQQEgBUEDdnQiBXFFBEBBxNUAIAEgBXI2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEH01wBqIQBBASABdCIEIAhxRQRAIAAgAjYCAEHI1QAgBCAIcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQQCQANAIAQiACgCBEF4cSAFRg0BIAFBHXYhBCABQQF0IQEgACAEQQRxakEQaiIGKAIAIgQNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAsgA0EIaiEBDAELAkAgCUUNAAJAIAAoAhwiAUECdEH01wBqIgIoAgAgAEYEQCACIAM2AgAgAw0BQcjVACALQX4gAXdxNgIADAILIAlBEEEUIAkoAhAgAEYbaiADNgIAIANFDQELIAMgCTYCGCAAKAIQIgEEQCADIAE2AhAgASADNgIYCyAAQRRqKAIAIgFFDQAgA0EUaiABNgIAIAEgAzYCGAsCQCAFQQ9NBEAgACAEIAVqIgFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQsgACAEaiIHIAVBAXI2AgQgACAEQQNyNgIEIAUgB2ogBTYCACAIBEAgCEF4cUHs1QBqIQFB2NUAKAIAIQMCf0EBIAhBA3Z0IgIgBnFFBEBBxNUAIAIgBnI2AgAgAQwBCyABKAIICyICIAM2AgwgASADNgIIIAMgATYCDCADIAI2AggLQdjVACAHNgIAQczVACAFNgIACyAAQQhqIQELIApBEGokACABC0MAIABFBEA/AEEQdA8LAkAgAEH//wNxDQAgAEEASA0AIABBEHZAACIAQX9GBEBBtNkAQTA2AgBBfw8LIABBEHQPCwALC5lCIgBBgAgLDQEAAAAAAAAAAgAAAAMAQZgICwUEAAAABQBBqAgLCQYAAAAHAAAACABB5AgLwjJJbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBFeHBlY3RlZCBMRiBhZnRlciBoZWFkZXJzAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMAVXNlciBjYWxsYmFjayBlcnJvcgBgb25fcmVzZXRgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19oZWFkZXJgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2JlZ2luYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlYCBjYWxsYmFjayBlcnJvcgBgb25fc3RhdHVzX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdmVyc2lvbl9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3VybF9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3Byb3RvY29sX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fcHJvdG9jb2wARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgAVHJhbnNmZXItRW5jb2RpbmcgY2FuJ3QgYmUgcHJlc2VudCB3aXRoIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgc2l6ZQBFeHBlY3RlZCBMRiBhZnRlciBjaHVuayBzaXplAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBVbmV4cGVjdGVkIHdoaXRlc3BhY2UgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgaGVhZGVyIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciBjaHVuayBleHRlbnNpb24gdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIHF1b3RlZC1wYWlyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGVkIHZhbHVlAFBhdXNlZCBieSBvbl9oZWFkZXJzX2NvbXBsZXRlAEludmFsaWQgRU9GIHN0YXRlAG9uX3Jlc2V0IHBhdXNlAG9uX2NodW5rX2hlYWRlciBwYXVzZQBvbl9tZXNzYWdlX2JlZ2luIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZSBwYXVzZQBvbl9zdGF0dXNfY29tcGxldGUgcGF1c2UAb25fdmVyc2lvbl9jb21wbGV0ZSBwYXVzZQBvbl91cmxfY29tcGxldGUgcGF1c2UAb25fcHJvdG9jb2xfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX3ZhbHVlX2NvbXBsZXRlIHBhdXNlAG9uX21lc3NhZ2VfY29tcGxldGUgcGF1c2UAb25fbWV0aG9kX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl9maWVsZF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fbmFtZSBwYXVzZQBVbmV4cGVjdGVkIHNwYWNlIGFmdGVyIHN0YXJ0IGxpbmUATWlzc2luZyBleHBlY3RlZCBDUiBhZnRlciByZXNwb25zZSBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAE1pc3NpbmcgZXhwZWN0ZWQgQ1IgYWZ0ZXIgY2h1bmsgZXh0ZW5zaW9uIG5hbWUASW52YWxpZCBzdGF0dXMgY29kZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABNaXNzaW5nIGV4cGVjdGVkIENSIGFmdGVyIGNodW5rIGRhdGEARXhwZWN0ZWQgTEYgYWZ0ZXIgY2h1bmsgZGF0YQBVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AARGF0YSBhZnRlciBgQ29ubmVjdGlvbjogY2xvc2VgAFNXSVRDSF9QUk9YWQBVU0VfUFJPWFkATUtBQ1RJVklUWQBVTlBST0NFU1NBQkxFX0VOVElUWQBRVUVSWQBDT1BZAE1PVkVEX1BFUk1BTkVOVExZAFRPT19FQVJMWQBOT1RJRlkARkFJTEVEX0RFUEVOREVOQ1kAQkFEX0dBVEVXQVkAUExBWQBQVVQAQ0hFQ0tPVVQAR0FURVdBWV9USU1FT1VUAFJFUVVFU1RfVElNRU9VVABORVRXT1JLX0NPTk5FQ1RfVElNRU9VVABDT05ORUNUSU9OX1RJTUVPVVQATE9HSU5fVElNRU9VVABORVRXT1JLX1JFQURfVElNRU9VVABQT1NUAE1JU0RJUkVDVEVEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfTE9BRF9CQUxBTkNFRF9SRVFVRVNUAEJBRF9SRVFVRVNUAEhUVFBfUkVRVUVTVF9TRU5UX1RPX0hUVFBTX1BPUlQAUkVQT1JUAElNX0FfVEVBUE9UAFJFU0VUX0NPTlRFTlQATk9fQ09OVEVOVABQQVJUSUFMX0NPTlRFTlQASFBFX0lOVkFMSURfQ09OU1RBTlQASFBFX0NCX1JFU0VUAEdFVABIUEVfU1RSSUNUAENPTkZMSUNUAFRFTVBPUkFSWV9SRURJUkVDVABQRVJNQU5FTlRfUkVESVJFQ1QAQ09OTkVDVABNVUxUSV9TVEFUVVMASFBFX0lOVkFMSURfU1RBVFVTAFRPT19NQU5ZX1JFUVVFU1RTAEVBUkxZX0hJTlRTAFVOQVZBSUxBQkxFX0ZPUl9MRUdBTF9SRUFTT05TAE9QVElPTlMAU1dJVENISU5HX1BST1RPQ09MUwBWQVJJQU5UX0FMU09fTkVHT1RJQVRFUwBNVUxUSVBMRV9DSE9JQ0VTAElOVEVSTkFMX1NFUlZFUl9FUlJPUgBXRUJfU0VSVkVSX1VOS05PV05fRVJST1IAUkFJTEdVTl9FUlJPUgBJREVOVElUWV9QUk9WSURFUl9BVVRIRU5USUNBVElPTl9FUlJPUgBTU0xfQ0VSVElGSUNBVEVfRVJST1IASU5WQUxJRF9YX0ZPUldBUkRFRF9GT1IAU0VUX1BBUkFNRVRFUgBHRVRfUEFSQU1FVEVSAEhQRV9VU0VSAFNFRV9PVEhFUgBIUEVfQ0JfQ0hVTktfSEVBREVSAEV4cGVjdGVkIExGIGFmdGVyIENSAE1LQ0FMRU5EQVIAU0VUVVAAV0VCX1NFUlZFUl9JU19ET1dOAFRFQVJET1dOAEhQRV9DTE9TRURfQ09OTkVDVElPTgBIRVVSSVNUSUNfRVhQSVJBVElPTgBESVNDT05ORUNURURfT1BFUkFUSU9OAE5PTl9BVVRIT1JJVEFUSVZFX0lORk9STUFUSU9OAEhQRV9JTlZBTElEX1ZFUlNJT04ASFBFX0NCX01FU1NBR0VfQkVHSU4AU0lURV9JU19GUk9aRU4ASFBFX0lOVkFMSURfSEVBREVSX1RPS0VOAElOVkFMSURfVE9LRU4ARk9SQklEREVOAEVOSEFOQ0VfWU9VUl9DQUxNAEhQRV9JTlZBTElEX1VSTABCTE9DS0VEX0JZX1BBUkVOVEFMX0NPTlRST0wATUtDT0wAQUNMAEhQRV9JTlRFUk5BTABSRVFVRVNUX0hFQURFUl9GSUVMRFNfVE9PX0xBUkdFX1VOT0ZGSUNJQUwASFBFX09LAFVOTElOSwBVTkxPQ0sAUFJJAFJFVFJZX1dJVEgASFBFX0lOVkFMSURfQ09OVEVOVF9MRU5HVEgASFBFX1VORVhQRUNURURfQ09OVEVOVF9MRU5HVEgARkxVU0gAUFJPUFBBVENIAE0tU0VBUkNIAFVSSV9UT09fTE9ORwBQUk9DRVNTSU5HAE1JU0NFTExBTkVPVVNfUEVSU0lTVEVOVF9XQVJOSU5HAE1JU0NFTExBTkVPVVNfV0FSTklORwBIUEVfSU5WQUxJRF9UUkFOU0ZFUl9FTkNPRElORwBFeHBlY3RlZCBDUkxGAEhQRV9JTlZBTElEX0NIVU5LX1NJWkUATU9WRQBDT05USU5VRQBIUEVfQ0JfU1RBVFVTX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJTX0NPTVBMRVRFAEhQRV9DQl9WRVJTSU9OX0NPTVBMRVRFAEhQRV9DQl9VUkxfQ09NUExFVEUASFBFX0NCX1BST1RPQ09MX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8sIFJUU1AvIG9yIElDRS8A5xUAAK8VAACkEgAAkhoAACYWAACeFAAA2xkAAHkVAAB+EgAA/hQAADYVAAALFgAA2BYAAPMSAABCGAAArBYAABIVAAAUFwAA7xcAAEgUAABxFwAAshoAAGsZAAB+GQAANRQAAIIaAABEFwAA/RYAAB4YAACHFwAAqhkAAJMSAAAHGAAALBcAAMoXAACkFwAA5xUAAOcVAABYFwAAOxgAAKASAAAtHAAAwxEAAEgRAADeEgAAQhMAAKQZAAD9EAAA9xUAAKUVAADvFgAA+BkAAEoWAABWFgAA9RUAAAoaAAAIGgAAARoAAKsVAABCEgAA1xAAAEwRAAAFGQAAVBYAAB4RAADKGQAAyBkAAE4WAAD/GAAAcRQAAPAVAADuFQAAlBkAAPwVAAC/GQAAmxkAAHwUAABDEQAAcBgAAJUUAAAnFAAAGRQAANUSAADUGQAARBYAAPcQAEG5OwsBAQBB0DsL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBuj0LBAEAAAIAQdE9C14DBAMDAwMDAAADAwADAwADAwMDAwMDAwMDAAUAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAwADAEG6PwsEAQAAAgBB0T8LXgMAAwMDAwMAAAMDAAMDAAMDAwMDAwMDAwMABAAFAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwADAAMAQbDBAAsNbG9zZWVlcC1hbGl2ZQBBycEACwEBAEHgwQAL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBycMACwEBAEHgwwAL5wEBAQEBAQEBAQEBAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAWNodW5rZWQAQfHFAAteAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBB0McACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQYDIAAsgcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQpTTQ0KDQoAQanIAAsFAQIAAQMAQcDIAAtfBAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanKAAsFAQIAAQMAQcDKAAtfBAUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAQanMAAsEAQAAAQBBwcwAC14CAgACAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAEGpzgALBQECAAEDAEHAzgALXwQFAAAFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUABQAHCAUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQAFAAUABQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUAAAAFAEGp0AALBQEBAAEBAEHA0AALAQEAQdrQAAtBAgAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQanSAAsFAQEAAQEAQcDSAAsBAQBBytIACwYCAAAAAAIAQeHSAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBBoNQAC50BTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRVVFUllPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFVFRQQ0VUU1BBRFRQLw==',
    Wg;
  Object.defineProperty(zh, 'exports', { get: () => Wg || (Wg = iR.from(sR, 'base64')) });
});
var su = w((v1, iu) => {
  var $h = ['GET', 'HEAD', 'POST'],
    gR = new Set($h),
    QR = [101, 204, 205, 304],
    Au = [301, 302, 303, 307, 308],
    ER = new Set(Au),
    eu = [
      '1',
      '7',
      '9',
      '11',
      '13',
      '15',
      '17',
      '19',
      '20',
      '21',
      '22',
      '23',
      '25',
      '37',
      '42',
      '43',
      '53',
      '69',
      '77',
      '79',
      '87',
      '95',
      '101',
      '102',
      '103',
      '104',
      '109',
      '110',
      '111',
      '113',
      '115',
      '117',
      '119',
      '123',
      '135',
      '137',
      '139',
      '143',
      '161',
      '179',
      '389',
      '427',
      '465',
      '512',
      '513',
      '514',
      '515',
      '526',
      '530',
      '531',
      '532',
      '540',
      '548',
      '554',
      '556',
      '563',
      '587',
      '601',
      '636',
      '989',
      '990',
      '993',
      '995',
      '1719',
      '1720',
      '1723',
      '2049',
      '3659',
      '4045',
      '4190',
      '5060',
      '5061',
      '6000',
      '6566',
      '6665',
      '6666',
      '6667',
      '6668',
      '6669',
      '6679',
      '6697',
      '10080',
    ],
    IR = new Set(eu),
    tu = [
      'no-referrer',
      'no-referrer-when-downgrade',
      'same-origin',
      'origin',
      'strict-origin',
      'origin-when-cross-origin',
      'strict-origin-when-cross-origin',
      'unsafe-url',
    ],
    BR = ['', ...tu],
    aR = new Set(tu),
    CR = ['follow', 'manual', 'error'],
    ru = ['GET', 'HEAD', 'OPTIONS', 'TRACE'],
    cR = new Set(ru),
    lR = ['navigate', 'same-origin', 'no-cors', 'cors'],
    hR = ['omit', 'same-origin', 'include'],
    uR = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    fR = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'],
    dR = ['half'],
    nu = ['CONNECT', 'TRACE', 'TRACK'],
    DR = new Set(nu),
    ou = [
      'audio',
      'audioworklet',
      'font',
      'image',
      'manifest',
      'paintworklet',
      'script',
      'style',
      'track',
      'video',
      'xslt',
      '',
    ],
    yR = new Set(ou);
  iu.exports = {
    subresource: ou,
    forbiddenMethods: nu,
    requestBodyHeader: fR,
    referrerPolicy: BR,
    requestRedirect: CR,
    requestMode: lR,
    requestCredentials: hR,
    requestCache: uR,
    redirectStatus: Au,
    corsSafeListedMethods: $h,
    nullBodyStatus: QR,
    safeMethods: ru,
    badPorts: eu,
    requestDuplex: dR,
    subresourceSet: yR,
    badPortsSet: IR,
    redirectStatusSet: ER,
    corsSafeListedMethodsSet: gR,
    safeMethodsSet: cR,
    forbiddenMethodsSet: DR,
    referrerPolicyTokens: aR,
  };
});
var Qu = w((q1, gu) => {
  var Pg = Symbol.for('undici.globalOrigin.1');
  function wR() {
    return globalThis[Pg];
  }
  function pR(A) {
    if (A === void 0) {
      Object.defineProperty(globalThis, Pg, { value: void 0, writable: !0, enumerable: !1, configurable: !1 });
      return;
    }
    const e = new URL(A);
    if (e.protocol !== 'http:' && e.protocol !== 'https:')
      throw new TypeError(`Only http & https urls are allowed, received ${e.protocol}`);
    Object.defineProperty(globalThis, Pg, { value: e, writable: !0, enumerable: !1, configurable: !1 });
  }
  gu.exports = { getGlobalOrigin: wR, setGlobalOrigin: pR };
});
var _g = w((Z1, Eu) => {
  var SR = new TextDecoder();
  function mR(A) {
    return A.length === 0 ? '' : (A[0] === 239 && A[1] === 187 && A[2] === 191 && (A = A.subarray(3)), SR.decode(A));
  }
  Eu.exports = { utf8DecodeBytes: mR };
});
var Br = w((X1, Cu) => {
  var Iu = require('node:assert'),
    { utf8DecodeBytes: NR } = _g();
  function RR(A, e, t) {
    let r = '';
    for (; t.position < e.length && A(e[t.position]); ) (r += e[t.position]), t.position++;
    return r;
  }
  function FR(A, e, t) {
    const r = e.indexOf(A, t.position),
      n = t.position;
    return r === -1 ? ((t.position = e.length), e.slice(n)) : ((t.position = r), e.slice(n, t.position));
  }
  var UR = /[\u0009\u000A\u000C\u000D\u0020]/g,
    MR = /[^\x00-\x7F]/;
  function TR(A) {
    return MR.test(A) ? A.replace(/[A-Z]+/g, (e) => e.toLowerCase()) : A.toLowerCase();
  }
  function bR(A) {
    A = A.replace(UR, '');
    let e = A.length;
    if (
      (e % 4 === 0 && A.charCodeAt(e - 1) === 61 && (--e, A.charCodeAt(e - 1) === 61 && --e),
      e % 4 === 1 || /[^+/0-9A-Za-z]/.test(A.length === e ? A : A.substring(0, e)))
    )
      return 'failure';
    const t = Buffer.from(A, 'base64');
    return new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
  }
  function Bu(A) {
    return A === 9 || A === 10 || A === 12 || A === 13 || A === 32;
  }
  function kR(A) {
    const e = A.length;
    if (65535 > e) return String.fromCharCode.apply(null, A);
    let t = '',
      r = 0,
      n = 65535;
    for (; r < e; ) r + n > e && (n = e - r), (t += String.fromCharCode.apply(null, A.subarray(r, (r += n))));
    return t;
  }
  var LR = /[^\x00-\xFF]/;
  function YR(A) {
    return (Iu(!LR.test(A)), A);
  }
  function xR(A) {
    return JSON.parse(NR(A));
  }
  function HR(A, e = !0, t = !0) {
    return au(A, e, t, Bu);
  }
  function au(A, e, t, r) {
    let n = 0,
      o = A.length - 1;
    if (e) for (; n < A.length && r(A.charCodeAt(n)); ) n++;
    if (t) for (; o > 0 && r(A.charCodeAt(o)); ) o--;
    return n === 0 && o === A.length - 1 ? A : A.slice(n, o + 1);
  }
  function GR(A) {
    const e = JSON.stringify(A);
    if (e === void 0) throw new TypeError('Value is not JSON serializable');
    return (Iu(typeof e == 'string'), e);
  }
  Cu.exports = {
    asciiLowercase: TR,
    collectASequenceOfCodePoints: RR,
    collectASequenceOfCodePointsFast: FR,
    forgivingBase64: bR,
    isASCIIWhitespace: Bu,
    isomorphicDecode: kR,
    isomorphicEncode: YR,
    parseJSONFromBytes: xR,
    removeASCIIWhitespace: HR,
    removeChars: au,
    serializeJavascriptValueToJSONString: GR,
  };
});
var fo = w((K1, du) => {
  var uo = require('node:assert'),
    {
      forgivingBase64: VR,
      collectASequenceOfCodePoints: vg,
      collectASequenceOfCodePointsFast: ar,
      isomorphicDecode: OR,
      removeASCIIWhitespace: JR,
      removeChars: WR,
    } = Br(),
    PR = new TextEncoder(),
    Cr = /^[-!#$%&'*+.^_|~A-Za-z0-9]+$/u,
    _R = /[\u000A\u000D\u0009\u0020]/u,
    vR = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/u;
  function qR(A) {
    uo(A.protocol === 'data:');
    let e = hu(A, !0);
    e = e.slice(5);
    let t = { position: 0 },
      r = ar(',', e, t),
      n = r.length;
    if (((r = JR(r, !0, !0)), t.position >= e.length)) return 'failure';
    t.position++;
    let o = e.slice(n + 1),
      i = uu(o);
    if (/;(?:\u0020*)base64$/iu.test(r)) {
      const g = OR(i);
      if (((i = VR(g)), i === 'failure')) return 'failure';
      (r = r.slice(0, -6)), (r = r.replace(/(\u0020+)$/u, '')), (r = r.slice(0, -1));
    }
    r.startsWith(';') && (r = 'text/plain' + r);
    let s = qg(r);
    return (s === 'failure' && (s = qg('text/plain;charset=US-ASCII')), { mimeType: s, body: i });
  }
  function hu(A, e = !1) {
    if (!e) return A.href;
    const t = A.href,
      r = A.hash.length,
      n = r === 0 ? t : t.substring(0, t.length - r);
    return !r && t.endsWith('#') ? n.slice(0, -1) : n;
  }
  function uu(A) {
    const e = PR.encode(A);
    return ZR(e);
  }
  function cu(A) {
    return (A >= 48 && A <= 57) || (A >= 65 && A <= 70) || (A >= 97 && A <= 102);
  }
  function lu(A) {
    return A >= 48 && A <= 57 ? A - 48 : (A & 223) - 55;
  }
  function ZR(A) {
    let e = A.length,
      t = new Uint8Array(e),
      r = 0,
      n = 0;
    for (; n < e; ) {
      const o = A[n];
      o !== 37
        ? (t[r++] = o)
        : o === 37 && !(cu(A[n + 1]) && cu(A[n + 2]))
          ? (t[r++] = 37)
          : ((t[r++] = (lu(A[n + 1]) << 4) | lu(A[n + 2])), (n += 2)),
        ++n;
    }
    return e === r ? t : t.subarray(0, r);
  }
  function qg(A) {
    A = ho(A, !0, !0);
    const e = { position: 0 },
      t = ar('/', A, e);
    if (t.length === 0 || !Cr.test(t) || e.position >= A.length) return 'failure';
    e.position++;
    let r = ar(';', A, e);
    if (((r = ho(r, !1, !0)), r.length === 0 || !Cr.test(r))) return 'failure';
    const n = t.toLowerCase(),
      o = r.toLowerCase(),
      i = { type: n, subtype: o, parameters: new Map(), essence: `${n}/${o}` };
    for (; e.position < A.length; ) {
      e.position++, vg((Q) => _R.test(Q), A, e);
      let s = vg((Q) => Q !== ';' && Q !== '=', A, e);
      if (((s = s.toLowerCase()), e.position < A.length)) {
        if (A[e.position] === ';') continue;
        e.position++;
      }
      if (e.position >= A.length) break;
      let g = null;
      if (A[e.position] === '"') (g = fu(A, e, !0)), ar(';', A, e);
      else if (((g = ar(';', A, e)), (g = ho(g, !1, !0)), g.length === 0)) continue;
      s.length !== 0 && Cr.test(s) && (g.length === 0 || vR.test(g)) && !i.parameters.has(s) && i.parameters.set(s, g);
    }
    return i;
  }
  function fu(A, e, t = !1) {
    let r = e.position,
      n = '';
    for (
      uo(A[e.position] === '"'), e.position++;
      (n += vg((i) => i !== '"' && i !== '\\', A, e)), !(e.position >= A.length);
    ) {
      const o = A[e.position];
      if ((e.position++, o === '\\')) {
        if (e.position >= A.length) {
          n += '\\';
          break;
        }
        (n += A[e.position]), e.position++;
      } else {
        uo(o === '"');
        break;
      }
    }
    return t ? n : A.slice(r, e.position);
  }
  function XR(A) {
    uo(A !== 'failure');
    let { parameters: e, essence: t } = A,
      r = t;
    for (let [n, o] of e.entries())
      (r += ';'),
        (r += n),
        (r += '='),
        Cr.test(o) || ((o = o.replace(/[\\"]/gu, '\\$&')), (o = '"' + o), (o += '"')),
        (r += o);
    return r;
  }
  function KR(A) {
    return A === 13 || A === 10 || A === 9 || A === 32;
  }
  function ho(A, e = !0, t = !0) {
    return WR(A, e, t, KR);
  }
  function zR(A) {
    switch (A.essence) {
      case 'application/ecmascript':
      case 'application/javascript':
      case 'application/x-ecmascript':
      case 'application/x-javascript':
      case 'text/ecmascript':
      case 'text/javascript':
      case 'text/javascript1.0':
      case 'text/javascript1.1':
      case 'text/javascript1.2':
      case 'text/javascript1.3':
      case 'text/javascript1.4':
      case 'text/javascript1.5':
      case 'text/jscript':
      case 'text/livescript':
      case 'text/x-ecmascript':
      case 'text/x-javascript':
        return 'text/javascript';
      case 'application/json':
      case 'text/json':
        return 'application/json';
      case 'image/svg+xml':
        return 'image/svg+xml';
      case 'text/xml':
      case 'application/xml':
        return 'application/xml';
    }
    return A.subtype.endsWith('+json') ? 'application/json' : A.subtype.endsWith('+xml') ? 'application/xml' : '';
  }
  du.exports = {
    dataURLProcessor: qR,
    URLSerializer: hu,
    stringPercentDecode: uu,
    parseMIMEType: qg,
    collectAnHTTPQuotedString: fu,
    serializeAMimeType: XR,
    removeHTTPWhitespace: ho,
    minimizeSupportedMimeType: zR,
    HTTP_TOKEN_CODEPOINTS: Cr,
  };
});
var Kg = w((z1, Xg) => {
  var Du = {
    __proto__: null,
    'node:crypto': () => require('node:crypto'),
    'node:sqlite': () => require('node:sqlite'),
    'node:worker_threads': () => require('node:worker_threads'),
    'node:zlib': () => require('node:zlib'),
  };
  function jR(A) {
    try {
      return (Du[A](), !0);
    } catch (e) {
      if (e.code !== 'ERR_UNKNOWN_BUILTIN_MODULE' && e.code !== 'ERR_NO_CRYPTO') throw e;
      return !1;
    }
  }
  function $R(A, e) {
    return typeof Du[A]()[e] < 'u';
  }
  var yu = ['markAsUncloneable', 'zstd'],
    AF = {
      markAsUncloneable: ['node:worker_threads', 'markAsUncloneable'],
      zstd: ['node:zlib', 'createZstdDecompress'],
    },
    wu = ['crypto', 'sqlite'],
    eF = [...wu, ...yu];
  function tF(A) {
    if (wu.includes(A)) return jR(`node:${A}`);
    if (yu.includes(A)) {
      const [e, t] = AF[A];
      return $R(e, t);
    }
    throw new TypeError(`unknown feature: ${A}`);
  }
  var Zg = class {
      #A = new Map();
      clear() {
        this.#A.clear();
      }
      has(e) {
        return this.#A.get(e) ?? this.#e(e);
      }
      set(e, t) {
        if (eF.includes(e) === !1) throw new TypeError(`unknown feature: ${e}`);
        this.#A.set(e, t);
      }
      #e(e) {
        const t = tF(e);
        return (this.#A.set(e, t), t);
      }
    },
    pu = new Zg();
  Xg.exports.runtimeFeatures = pu;
  Xg.exports.default = pu;
});
var cr = w((j1, mu) => {
  var rF = require('node:assert'),
    { types: O, inspect: nF } = require('node:util'),
    { runtimeFeatures: oF } = Kg(),
    zg = 1,
    jg = 2,
    Do = 3,
    yo = 4,
    $g = 5,
    wo = 6,
    AQ = 7,
    IA = 8,
    Su = Function.call.bind(Function.prototype[Symbol.hasInstance]),
    a = { converters: {}, util: {}, errors: {}, is: {} };
  a.errors.exception = (A) => new TypeError(`${A.header}: ${A.message}`);
  a.errors.conversionFailed = (A) => {
    const e = A.types.length === 1 ? '' : ' one of',
      t = `${A.argument} could not be converted to${e}: ${A.types.join(', ')}.`;
    return a.errors.exception({ header: A.prefix, message: t });
  };
  a.errors.invalidArgument = (A) =>
    a.errors.exception({ header: A.prefix, message: `"${A.value}" is an invalid ${A.type}.` });
  a.brandCheck = (A, e) => {
    if (!Su(e, A)) {
      const t = new TypeError('Illegal invocation');
      throw ((t.code = 'ERR_INVALID_THIS'), t);
    }
  };
  a.brandCheckMultiple = (A) => {
    const e = A.map((t) => a.util.MakeTypeAssertion(t));
    return (t) => {
      if (e.every((r) => !r(t))) {
        const r = new TypeError('Illegal invocation');
        throw ((r.code = 'ERR_INVALID_THIS'), r);
      }
    };
  };
  a.argumentLengthCheck = ({ length: A }, e, t) => {
    if (A < e)
      throw a.errors.exception({
        message: `${e} argument${e !== 1 ? 's' : ''} required, but${A ? ' only' : ''} ${A} found.`,
        header: t,
      });
  };
  a.illegalConstructor = () => {
    throw a.errors.exception({ header: 'TypeError', message: 'Illegal constructor' });
  };
  a.util.MakeTypeAssertion = (A) => (e) => Su(A, e);
  a.util.Type = (A) => {
    switch (typeof A) {
      case 'undefined':
        return zg;
      case 'boolean':
        return jg;
      case 'string':
        return Do;
      case 'symbol':
        return yo;
      case 'number':
        return $g;
      case 'bigint':
        return wo;
      case 'function':
      case 'object':
        return A === null ? AQ : IA;
    }
  };
  a.util.Types = { UNDEFINED: zg, BOOLEAN: jg, STRING: Do, SYMBOL: yo, NUMBER: $g, BIGINT: wo, NULL: AQ, OBJECT: IA };
  a.util.TypeValueToString = (A) => {
    switch (a.util.Type(A)) {
      case zg:
        return 'Undefined';
      case jg:
        return 'Boolean';
      case Do:
        return 'String';
      case yo:
        return 'Symbol';
      case $g:
        return 'Number';
      case wo:
        return 'BigInt';
      case AQ:
        return 'Null';
      case IA:
        return 'Object';
    }
  };
  a.util.markAsUncloneable = oF.has('markAsUncloneable') ? require('node:worker_threads').markAsUncloneable : () => {};
  a.util.ConvertToInt = (A, e, t, r) => {
    let n, o;
    e === 64
      ? ((n = 2 ** 53 - 1), t === 'unsigned' ? (o = 0) : (o = (-2) ** 53 + 1))
      : t === 'unsigned'
        ? ((o = 0), (n = 2 ** e - 1))
        : ((o = -(2 ** (e - 1))), (n = 2 ** (e - 1) - 1));
    let i = Number(A);
    if ((i === 0 && (i = 0), a.util.HasFlag(r, a.attributes.EnforceRange))) {
      if (Number.isNaN(i) || i === Number.POSITIVE_INFINITY || i === Number.NEGATIVE_INFINITY)
        throw a.errors.exception({
          header: 'Integer conversion',
          message: `Could not convert ${a.util.Stringify(A)} to an integer.`,
        });
      if (((i = a.util.IntegerPart(i)), i < o || i > n))
        throw a.errors.exception({
          header: 'Integer conversion',
          message: `Value must be between ${o}-${n}, got ${i}.`,
        });
      return i;
    }
    return !Number.isNaN(i) && a.util.HasFlag(r, a.attributes.Clamp)
      ? ((i = Math.min(Math.max(i, o), n)), Math.floor(i) % 2 === 0 ? (i = Math.floor(i)) : (i = Math.ceil(i)), i)
      : Number.isNaN(i) ||
          (i === 0 && Object.is(0, i)) ||
          i === Number.POSITIVE_INFINITY ||
          i === Number.NEGATIVE_INFINITY
        ? 0
        : ((i = a.util.IntegerPart(i)), (i = i % 2 ** e), t === 'signed' && i >= 2 ** (e - 1) ? i - 2 ** e : i);
  };
  a.util.IntegerPart = (A) => {
    const e = Math.floor(Math.abs(A));
    return A < 0 ? -1 * e : e;
  };
  a.util.Stringify = (A) => {
    switch (a.util.Type(A)) {
      case yo:
        return `Symbol(${A.description})`;
      case IA:
        return nF(A);
      case Do:
        return `"${A}"`;
      case wo:
        return `${A}n`;
      default:
        return `${A}`;
    }
  };
  a.util.IsResizableArrayBuffer = (A) => {
    if (O.isArrayBuffer(A)) return A.resizable;
    if (O.isSharedArrayBuffer(A)) return A.growable;
    throw a.errors.exception({
      header: 'IsResizableArrayBuffer',
      message: `"${a.util.Stringify(A)}" is not an array buffer.`,
    });
  };
  a.util.HasFlag = (A, e) => typeof A == 'number' && (A & e) === e;
  a.sequenceConverter = (A) => (e, t, r, n) => {
    if (a.util.Type(e) !== IA)
      throw a.errors.exception({ header: t, message: `${r} (${a.util.Stringify(e)}) is not iterable.` });
    let o = typeof n == 'function' ? n() : e?.[Symbol.iterator]?.(),
      i = [],
      s = 0;
    if (o === void 0 || typeof o.next != 'function')
      throw a.errors.exception({ header: t, message: `${r} is not iterable.` });
    for (;;) {
      const { done: g, value: Q } = o.next();
      if (g) break;
      i.push(A(Q, t, `${r}[${s++}]`));
    }
    return i;
  };
  a.recordConverter = (A, e) => (t, r, n) => {
    if (a.util.Type(t) !== IA)
      throw a.errors.exception({ header: r, message: `${n} ("${a.util.TypeValueToString(t)}") is not an Object.` });
    const o = {};
    if (!O.isProxy(t)) {
      const s = [...Object.getOwnPropertyNames(t), ...Object.getOwnPropertySymbols(t)];
      for (const g of s) {
        const Q = a.util.Stringify(g),
          I = A(g, r, `Key ${Q} in ${n}`),
          B = e(t[g], r, `${n}[${Q}]`);
        o[I] = B;
      }
      return o;
    }
    const i = Reflect.ownKeys(t);
    for (const s of i)
      if (Reflect.getOwnPropertyDescriptor(t, s)?.enumerable) {
        const Q = A(s, r, n),
          I = e(t[s], r, n);
        o[Q] = I;
      }
    return o;
  };
  a.interfaceConverter = (A, e) => (t, r, n) => {
    if (!A(t))
      throw a.errors.exception({
        header: r,
        message: `Expected ${n} ("${a.util.Stringify(t)}") to be an instance of ${e}.`,
      });
    return t;
  };
  a.dictionaryConverter = (A) => (
    A.sort((e, t) => (e.key > t.key) - (e.key < t.key)),
    (e, t, r) => {
      const n = {};
      if (e != null && a.util.Type(e) !== IA)
        throw a.errors.exception({ header: t, message: `Expected ${e} to be one of: Null, Undefined, Object.` });
      for (const o of A) {
        const { key: i, defaultValue: s, required: g, converter: Q } = o;
        if (g === !0 && (e == null || !Object.hasOwn(e, i)))
          throw a.errors.exception({ header: t, message: `Missing required key "${i}".` });
        let I = e?.[i],
          B = s !== void 0;
        if ((B && I === void 0 && (I = s()), g || B || I !== void 0)) {
          if (((I = Q(I, t, `${r}.${i}`)), o.allowedValues && !o.allowedValues.includes(I)))
            throw a.errors.exception({
              header: t,
              message: `${I} is not an accepted type. Expected one of ${o.allowedValues.join(', ')}.`,
            });
          n[i] = I;
        }
      }
      return n;
    }
  );
  a.nullableConverter = (A) => (e, t, r) => (e === null ? e : A(e, t, r));
  a.is.USVString = (A) => typeof A == 'string' && A.isWellFormed();
  a.is.ReadableStream = a.util.MakeTypeAssertion(ReadableStream);
  a.is.Blob = a.util.MakeTypeAssertion(Blob);
  a.is.URLSearchParams = a.util.MakeTypeAssertion(URLSearchParams);
  a.is.File = a.util.MakeTypeAssertion(File);
  a.is.URL = a.util.MakeTypeAssertion(URL);
  a.is.AbortSignal = a.util.MakeTypeAssertion(AbortSignal);
  a.is.MessagePort = a.util.MakeTypeAssertion(MessagePort);
  a.is.BufferSource = (A) => O.isArrayBuffer(A) || (ArrayBuffer.isView(A) && O.isArrayBuffer(A.buffer));
  a.util.getCopyOfBytesHeldByBufferSource = (A) => {
    let e = A,
      t = e,
      r = 0,
      n = 0;
    if (
      (O.isTypedArray(e) || O.isDataView(e)
        ? ((t = e.buffer), (r = e.byteOffset), (n = e.byteLength))
        : (rF(O.isAnyArrayBuffer(e)), (n = e.byteLength)),
      t.detached)
    )
      return new Uint8Array(0);
    const o = new Uint8Array(n),
      i = new Uint8Array(t, r, n);
    return (o.set(i), o);
  };
  a.converters.DOMString = (A, e, t, r) => {
    if (A === null && a.util.HasFlag(r, a.attributes.LegacyNullToEmptyString)) return '';
    if (typeof A == 'symbol')
      throw a.errors.exception({ header: e, message: `${t} is a symbol, which cannot be converted to a DOMString.` });
    return String(A);
  };
  a.converters.ByteString = (A, e, t) => {
    if (typeof A == 'symbol')
      throw a.errors.exception({ header: e, message: `${t} is a symbol, which cannot be converted to a ByteString.` });
    const r = String(A);
    for (let n = 0; n < r.length; n++)
      if (r.charCodeAt(n) > 255)
        throw new TypeError(
          `Cannot convert argument to a ByteString because the character at index ${n} has a value of ${r.charCodeAt(n)} which is greater than 255.`,
        );
    return r;
  };
  a.converters.USVString = (A) => (typeof A == 'string' ? A.toWellFormed() : `${A}`.toWellFormed());
  a.converters.boolean = (A) => !!A;
  a.converters.any = (A) => A;
  a.converters['long long'] = (A, e, t) => a.util.ConvertToInt(A, 64, 'signed', 0, e, t);
  a.converters['unsigned long long'] = (A, e, t) => a.util.ConvertToInt(A, 64, 'unsigned', 0, e, t);
  a.converters['unsigned long'] = (A, e, t) => a.util.ConvertToInt(A, 32, 'unsigned', 0, e, t);
  a.converters['unsigned short'] = (A, e, t, r) => a.util.ConvertToInt(A, 16, 'unsigned', r, e, t);
  a.converters.ArrayBuffer = (A, e, t, r) => {
    if (a.util.Type(A) !== IA || !O.isArrayBuffer(A))
      throw a.errors.conversionFailed({
        prefix: e,
        argument: `${t} ("${a.util.Stringify(A)}")`,
        types: ['ArrayBuffer'],
      });
    if (!a.util.HasFlag(r, a.attributes.AllowResizable) && a.util.IsResizableArrayBuffer(A))
      throw a.errors.exception({ header: e, message: `${t} cannot be a resizable ArrayBuffer.` });
    return A;
  };
  a.converters.SharedArrayBuffer = (A, e, t, r) => {
    if (a.util.Type(A) !== IA || !O.isSharedArrayBuffer(A))
      throw a.errors.conversionFailed({
        prefix: e,
        argument: `${t} ("${a.util.Stringify(A)}")`,
        types: ['SharedArrayBuffer'],
      });
    if (!a.util.HasFlag(r, a.attributes.AllowResizable) && a.util.IsResizableArrayBuffer(A))
      throw a.errors.exception({ header: e, message: `${t} cannot be a resizable SharedArrayBuffer.` });
    return A;
  };
  a.converters.TypedArray = (A, e, t, r, n) => {
    if (a.util.Type(A) !== IA || !O.isTypedArray(A) || A.constructor.name !== e.name)
      throw a.errors.conversionFailed({ prefix: t, argument: `${r} ("${a.util.Stringify(A)}")`, types: [e.name] });
    if (!a.util.HasFlag(n, a.attributes.AllowShared) && O.isSharedArrayBuffer(A.buffer))
      throw a.errors.exception({ header: t, message: `${r} cannot be a view on a shared array buffer.` });
    if (!a.util.HasFlag(n, a.attributes.AllowResizable) && a.util.IsResizableArrayBuffer(A.buffer))
      throw a.errors.exception({ header: t, message: `${r} cannot be a view on a resizable array buffer.` });
    return A;
  };
  a.converters.DataView = (A, e, t, r) => {
    if (a.util.Type(A) !== IA || !O.isDataView(A))
      throw a.errors.conversionFailed({ prefix: e, argument: `${t} ("${a.util.Stringify(A)}")`, types: ['DataView'] });
    if (!a.util.HasFlag(r, a.attributes.AllowShared) && O.isSharedArrayBuffer(A.buffer))
      throw a.errors.exception({ header: e, message: `${t} cannot be a view on a shared array buffer.` });
    if (!a.util.HasFlag(r, a.attributes.AllowResizable) && a.util.IsResizableArrayBuffer(A.buffer))
      throw a.errors.exception({ header: e, message: `${t} cannot be a view on a resizable array buffer.` });
    return A;
  };
  a.converters.ArrayBufferView = (A, e, t, r) => {
    if (a.util.Type(A) !== IA || !O.isArrayBufferView(A))
      throw a.errors.conversionFailed({
        prefix: e,
        argument: `${t} ("${a.util.Stringify(A)}")`,
        types: ['ArrayBufferView'],
      });
    if (!a.util.HasFlag(r, a.attributes.AllowShared) && O.isSharedArrayBuffer(A.buffer))
      throw a.errors.exception({ header: e, message: `${t} cannot be a view on a shared array buffer.` });
    if (!a.util.HasFlag(r, a.attributes.AllowResizable) && a.util.IsResizableArrayBuffer(A.buffer))
      throw a.errors.exception({ header: e, message: `${t} cannot be a view on a resizable array buffer.` });
    return A;
  };
  a.converters.BufferSource = (A, e, t, r) => {
    if (O.isArrayBuffer(A)) return a.converters.ArrayBuffer(A, e, t, r);
    if (O.isArrayBufferView(A)) return ((r &= ~a.attributes.AllowShared), a.converters.ArrayBufferView(A, e, t, r));
    throw O.isSharedArrayBuffer(A)
      ? a.errors.exception({ header: e, message: `${t} cannot be a SharedArrayBuffer.` })
      : a.errors.conversionFailed({
          prefix: e,
          argument: `${t} ("${a.util.Stringify(A)}")`,
          types: ['ArrayBuffer', 'ArrayBufferView'],
        });
  };
  a.converters.AllowSharedBufferSource = (A, e, t, r) => {
    if (O.isArrayBuffer(A)) return a.converters.ArrayBuffer(A, e, t, r);
    if (O.isSharedArrayBuffer(A)) return a.converters.SharedArrayBuffer(A, e, t, r);
    if (O.isArrayBufferView(A)) return ((r |= a.attributes.AllowShared), a.converters.ArrayBufferView(A, e, t, r));
    throw a.errors.conversionFailed({
      prefix: e,
      argument: `${t} ("${a.util.Stringify(A)}")`,
      types: ['ArrayBuffer', 'SharedArrayBuffer', 'ArrayBufferView'],
    });
  };
  a.converters['sequence<ByteString>'] = a.sequenceConverter(a.converters.ByteString);
  a.converters['sequence<sequence<ByteString>>'] = a.sequenceConverter(a.converters['sequence<ByteString>']);
  a.converters['record<ByteString, ByteString>'] = a.recordConverter(a.converters.ByteString, a.converters.ByteString);
  a.converters.Blob = a.interfaceConverter(a.is.Blob, 'Blob');
  a.converters.AbortSignal = a.interfaceConverter(a.is.AbortSignal, 'AbortSignal');
  a.converters.EventHandlerNonNull = (A) => (a.util.Type(A) !== IA ? null : typeof A == 'function' ? A : () => {});
  a.attributes = { Clamp: 1, EnforceRange: 2, AllowShared: 4, AllowResizable: 8, LegacyNullToEmptyString: 16 };
  mu.exports = { webidl: a };
});
var sQ = w(($1, Vu) => {
  var { Transform: iF } = require('node:stream'),
    Nu = require('node:zlib'),
    { redirectStatusSet: sF, referrerPolicyTokens: gF, badPortsSet: QF } = su(),
    { getGlobalOrigin: Ru } = Qu(),
    { collectAnHTTPQuotedString: EF, parseMIMEType: IF } = fo(),
    { performance: BF } = require('node:perf_hooks'),
    { ReadableStreamFrom: aF, isValidHTTPToken: Fu, normalizedMethodRecordsBase: CF } = $(),
    hr = require('node:assert'),
    { isUint8Array: cF } = require('node:util/types'),
    { webidl: ce } = cr(),
    { isomorphicEncode: eQ, collectASequenceOfCodePoints: He, removeChars: lF } = Br();
  function Uu(A) {
    const e = A.urlList,
      t = e.length;
    return t === 0 ? null : e[t - 1].toString();
  }
  function hF(A, e) {
    if (!sF.has(A.status)) return null;
    let t = A.headersList.get('location', !0);
    return (t !== null && Tu(t) && (Mu(t) || (t = uF(t)), (t = new URL(t, Uu(A)))), t && !t.hash && (t.hash = e), t);
  }
  function Mu(A) {
    for (let e = 0; e < A.length; ++e) {
      const t = A.charCodeAt(e);
      if (t > 126 || t < 32) return !1;
    }
    return !0;
  }
  function uF(A) {
    return Buffer.from(A, 'binary').toString('utf8');
  }
  function Ve(A) {
    return A.urlList[A.urlList.length - 1];
  }
  function fF(A) {
    const e = Ve(A);
    return Hu(e) && QF.has(e.port) ? 'blocked' : 'allowed';
  }
  function dF(A) {
    return A instanceof Error || A?.constructor?.name === 'Error' || A?.constructor?.name === 'DOMException';
  }
  function DF(A) {
    for (let e = 0; e < A.length; ++e) {
      const t = A.charCodeAt(e);
      if (!(t === 9 || (t >= 32 && t <= 126) || (t >= 128 && t <= 255))) return !1;
    }
    return !0;
  }
  var yF = Fu;
  function Tu(A) {
    return (
      (A[0] === '	' ||
        A[0] === ' ' ||
        A[A.length - 1] === '	' ||
        A[A.length - 1] === ' ' ||
        A.includes(`
`) ||
        A.includes('\r') ||
        A.includes('\0')) === !1
    );
  }
  function wF(A) {
    let e = (A.headersList.get('referrer-policy', !0) ?? '').split(','),
      t = '';
    if (e.length)
      for (let r = e.length; r !== 0; r--) {
        const n = e[r - 1].trim();
        if (gF.has(n)) {
          t = n;
          break;
        }
      }
    return t;
  }
  function pF(A, e) {
    const t = wF(e);
    t !== '' && (A.referrerPolicy = t);
  }
  function SF() {
    return 'allowed';
  }
  function mF() {
    return 'success';
  }
  function NF() {
    return 'success';
  }
  function RF(A) {
    let e = null;
    (e = A.mode), A.headersList.set('sec-fetch-mode', e, !0);
  }
  function FF(A) {
    let e = A.origin;
    if (!(e === 'client' || e === void 0)) {
      if (A.responseTainting === 'cors' || A.mode === 'websocket') A.headersList.append('origin', e, !0);
      else if (A.method !== 'GET' && A.method !== 'HEAD') {
        switch (A.referrerPolicy) {
          case 'no-referrer':
            e = null;
            break;
          case 'no-referrer-when-downgrade':
          case 'strict-origin':
          case 'strict-origin-when-cross-origin':
            A.origin && rQ(A.origin) && !rQ(Ve(A)) && (e = null);
            break;
          case 'same-origin':
            lr(A, Ve(A)) || (e = null);
            break;
          default:
        }
        A.headersList.append('origin', e, !0);
      }
    }
  }
  function St(A, e) {
    return A;
  }
  function UF(A, e, t) {
    return !A?.startTime || A.startTime < e
      ? {
          domainLookupStartTime: e,
          domainLookupEndTime: e,
          connectionStartTime: e,
          connectionEndTime: e,
          secureConnectionStartTime: e,
          ALPNNegotiatedProtocol: A?.ALPNNegotiatedProtocol,
        }
      : {
          domainLookupStartTime: St(A.domainLookupStartTime, t),
          domainLookupEndTime: St(A.domainLookupEndTime, t),
          connectionStartTime: St(A.connectionStartTime, t),
          connectionEndTime: St(A.connectionEndTime, t),
          secureConnectionStartTime: St(A.secureConnectionStartTime, t),
          ALPNNegotiatedProtocol: A.ALPNNegotiatedProtocol,
        };
  }
  function MF(A) {
    return St(BF.now(), A);
  }
  function TF(A) {
    return {
      startTime: A.startTime ?? 0,
      redirectStartTime: 0,
      redirectEndTime: 0,
      postRedirectStartTime: A.startTime ?? 0,
      finalServiceWorkerStartTime: 0,
      finalNetworkResponseStartTime: 0,
      finalNetworkRequestStartTime: 0,
      endTime: 0,
      encodedBodySize: 0,
      decodedBodySize: 0,
      finalConnectionTimingInfo: null,
    };
  }
  function bu() {
    return { referrerPolicy: 'strict-origin-when-cross-origin' };
  }
  function bF(A) {
    return { referrerPolicy: A.referrerPolicy };
  }
  function kF(A) {
    const e = A.referrerPolicy;
    hr(e);
    let t = null;
    if (A.referrer === 'client') {
      const o = Ru();
      if (!o || o.origin === 'null') return 'no-referrer';
      t = new URL(o);
    } else ce.is.URL(A.referrer) && (t = A.referrer);
    let r = tQ(t),
      n = tQ(t, !0);
    switch ((r.toString().length > 4096 && (r = n), e)) {
      case 'no-referrer':
        return 'no-referrer';
      case 'origin':
        return n ?? tQ(t, !0);
      case 'unsafe-url':
        return r;
      case 'strict-origin': {
        const o = Ve(A);
        return Ge(r) && !Ge(o) ? 'no-referrer' : n;
      }
      case 'strict-origin-when-cross-origin': {
        const o = Ve(A);
        return lr(r, o) ? r : Ge(r) && !Ge(o) ? 'no-referrer' : n;
      }
      case 'same-origin':
        return lr(A, r) ? r : 'no-referrer';
      case 'origin-when-cross-origin':
        return lr(A, r) ? r : n;
      case 'no-referrer-when-downgrade': {
        const o = Ve(A);
        return Ge(r) && !Ge(o) ? 'no-referrer' : r;
      }
    }
  }
  function tQ(A, e = !1) {
    return (
      hr(ce.is.URL(A)),
      (A = new URL(A)),
      xu(A)
        ? 'no-referrer'
        : ((A.username = ''), (A.password = ''), (A.hash = ''), e === !0 && ((A.pathname = ''), (A.search = '')), A)
    );
  }
  var LF = RegExp.prototype.test.bind(
      /^127\.(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){2}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/,
    ),
    YF = RegExp.prototype.test.bind(/^(?:(?:0{1,4}:){7}|(?:0{1,4}:){1,6}:|::)0{0,3}1$/);
  function ku(A) {
    return A.includes(':') ? (A[0] === '[' && A[A.length - 1] === ']' && (A = A.slice(1, -1)), YF(A)) : LF(A);
  }
  function xF(A) {
    return A == null || A === 'null'
      ? !1
      : ((A = new URL(A)),
        !!(
          A.protocol === 'https:' ||
          A.protocol === 'wss:' ||
          ku(A.hostname) ||
          A.hostname === 'localhost' ||
          A.hostname === 'localhost.' ||
          A.hostname.endsWith('.localhost') ||
          A.hostname.endsWith('.localhost.') ||
          A.protocol === 'file:'
        ));
  }
  function Ge(A) {
    return ce.is.URL(A)
      ? A.href === 'about:blank' || A.href === 'about:srcdoc' || A.protocol === 'data:' || A.protocol === 'blob:'
        ? !0
        : xF(A.origin)
      : !1;
  }
  function HF(A) {}
  function lr(A, e) {
    return (
      (A.origin === e.origin && A.origin === 'null') ||
      (A.protocol === e.protocol && A.hostname === e.hostname && A.port === e.port)
    );
  }
  function GF(A) {
    return A.controller.state === 'aborted';
  }
  function VF(A) {
    return A.controller.state === 'aborted' || A.controller.state === 'terminated';
  }
  function OF(A) {
    return CF[A.toLowerCase()] ?? A;
  }
  var JF = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  function Lu(A, e, t = 0, r = 1) {
    class n {
      #A;
      #e;
      #t;
      constructor(i, s) {
        (this.#A = i), (this.#e = s), (this.#t = 0);
      }
      next() {
        if (typeof this != 'object' || this === null || !(#A in this))
          throw new TypeError(`'next' called on an object that does not implement interface ${A} Iterator.`);
        const i = this.#t,
          s = e(this.#A),
          g = s.length;
        if (i >= g) return { value: void 0, done: !0 };
        const { [t]: Q, [r]: I } = s[i];
        this.#t = i + 1;
        let B;
        switch (this.#e) {
          case 'key':
            B = Q;
            break;
          case 'value':
            B = I;
            break;
          case 'key+value':
            B = [Q, I];
            break;
        }
        return { value: B, done: !1 };
      }
    }
    return (
      delete n.prototype.constructor,
      Object.setPrototypeOf(n.prototype, JF),
      Object.defineProperties(n.prototype, {
        [Symbol.toStringTag]: { writable: !1, enumerable: !1, configurable: !0, value: `${A} Iterator` },
        next: { writable: !0, enumerable: !0, configurable: !0 },
      }),
      (o, i) => new n(o, i)
    );
  }
  function WF(A, e, t, r = 0, n = 1) {
    const o = Lu(A, t, r, n),
      i = {
        keys: {
          writable: !0,
          enumerable: !0,
          configurable: !0,
          value: function () {
            return (ce.brandCheck(this, e), o(this, 'key'));
          },
        },
        values: {
          writable: !0,
          enumerable: !0,
          configurable: !0,
          value: function () {
            return (ce.brandCheck(this, e), o(this, 'value'));
          },
        },
        entries: {
          writable: !0,
          enumerable: !0,
          configurable: !0,
          value: function () {
            return (ce.brandCheck(this, e), o(this, 'key+value'));
          },
        },
        forEach: {
          writable: !0,
          enumerable: !0,
          configurable: !0,
          value: function (g, Q = globalThis) {
            if ((ce.brandCheck(this, e), ce.argumentLengthCheck(arguments, 1, `${A}.forEach`), typeof g != 'function'))
              throw new TypeError(`Failed to execute 'forEach' on '${A}': parameter 1 is not of type 'Function'.`);
            for (const { 0: I, 1: B } of o(this, 'key+value')) g.call(Q, B, I, this);
          },
        },
      };
    return Object.defineProperties(e.prototype, {
      ...i,
      [Symbol.iterator]: { writable: !0, enumerable: !1, configurable: !0, value: i.entries.value },
    });
  }
  function PF(A, e, t) {
    const r = e,
      n = t;
    try {
      const o = A.stream.getReader();
      Yu(o, r, n);
    } catch (o) {
      n(o);
    }
  }
  function _F(A) {
    try {
      A.close(), A.byobRequest?.respond(0);
    } catch (e) {
      if (
        !e.message.includes('Controller is already closed') &&
        !e.message.includes('ReadableStream is already closed')
      )
        throw e;
    }
  }
  async function Yu(A, e, t) {
    try {
      let r = [],
        n = 0;
      do {
        const { done: o, value: i } = await A.read();
        if (o) {
          e(Buffer.concat(r, n));
          return;
        }
        if (!cF(i)) {
          t(new TypeError('Received non-Uint8Array chunk'));
          return;
        }
        r.push(i), (n += i.length);
      } while (!0);
    } catch (r) {
      t(r);
    }
  }
  function xu(A) {
    hr('protocol' in A);
    const e = A.protocol;
    return e === 'about:' || e === 'blob:' || e === 'data:';
  }
  function rQ(A) {
    return (
      (typeof A == 'string' &&
        A[5] === ':' &&
        A[0] === 'h' &&
        A[1] === 't' &&
        A[2] === 't' &&
        A[3] === 'p' &&
        A[4] === 's') ||
      A.protocol === 'https:'
    );
  }
  function Hu(A) {
    hr('protocol' in A);
    const e = A.protocol;
    return e === 'http:' || e === 'https:';
  }
  function vF(A, e) {
    const t = A;
    if (!t.startsWith('bytes')) return 'failure';
    const r = { position: 5 };
    if ((e && He((g) => g === '	' || g === ' ', t, r), t.charCodeAt(r.position) !== 61)) return 'failure';
    r.position++, e && He((g) => g === '	' || g === ' ', t, r);
    const n = He(
        (g) => {
          const Q = g.charCodeAt(0);
          return Q >= 48 && Q <= 57;
        },
        t,
        r,
      ),
      o = n.length ? Number(n) : null;
    if ((e && He((g) => g === '	' || g === ' ', t, r), t.charCodeAt(r.position) !== 45)) return 'failure';
    r.position++, e && He((g) => g === '	' || g === ' ', t, r);
    const i = He(
        (g) => {
          const Q = g.charCodeAt(0);
          return Q >= 48 && Q <= 57;
        },
        t,
        r,
      ),
      s = i.length ? Number(i) : null;
    return r.position < t.length || (s === null && o === null) || o > s
      ? 'failure'
      : { rangeStartValue: o, rangeEndValue: s };
  }
  function qF(A, e, t) {
    let r = 'bytes ';
    return ((r += eQ(`${A}`)), (r += '-'), (r += eQ(`${e}`)), (r += '/'), (r += eQ(`${t}`)), r);
  }
  var nQ = class extends iF {
    #A;
    constructor(e) {
      super(), (this.#A = e);
    }
    _transform(e, t, r) {
      if (!this._inflateStream) {
        if (e.length === 0) {
          r();
          return;
        }
        (this._inflateStream = (e[0] & 15) === 8 ? Nu.createInflate(this.#A) : Nu.createInflateRaw(this.#A)),
          this._inflateStream.on('data', this.push.bind(this)),
          this._inflateStream.on('end', () => this.push(null)),
          this._inflateStream.on('error', (n) => this.destroy(n));
      }
      this._inflateStream.write(e, t, r);
    }
    _final(e) {
      this._inflateStream && (this._inflateStream.end(), (this._inflateStream = null)), e();
    }
  };
  function ZF(A) {
    return new nQ(A);
  }
  function XF(A) {
    let e = null,
      t = null,
      r = null,
      n = Gu('content-type', A);
    if (n === null) return 'failure';
    for (const o of n) {
      const i = IF(o);
      i === 'failure' ||
        i.essence === '*/*' ||
        ((r = i),
        r.essence !== t
          ? ((e = null), r.parameters.has('charset') && (e = r.parameters.get('charset')), (t = r.essence))
          : !r.parameters.has('charset') && e !== null && r.parameters.set('charset', e));
    }
    return r ?? 'failure';
  }
  function KF(A) {
    let e = A,
      t = { position: 0 },
      r = [],
      n = '';
    for (; t.position < e.length; ) {
      if (((n += He((o) => o !== '"' && o !== ',', e, t)), t.position < e.length))
        if (e.charCodeAt(t.position) === 34) {
          if (((n += EF(e, t)), t.position < e.length)) continue;
        } else hr(e.charCodeAt(t.position) === 44), t.position++;
      (n = lF(n, !0, !0, (o) => o === 9 || o === 32)), r.push(n), (n = '');
    }
    return r;
  }
  function Gu(A, e) {
    const t = e.get(A, !0);
    return t === null ? null : KF(t);
  }
  function zF(A) {
    return !1;
  }
  function jF(A) {
    return !!(A.username || A.password);
  }
  function $F(A) {
    return A != null && A !== 'client' && A !== 'no-traversable';
  }
  var oQ = class {
      get baseUrl() {
        return Ru();
      }
      get origin() {
        return this.baseUrl?.origin;
      }
      policyContainer = bu();
    },
    iQ = class {
      settingsObject = new oQ();
    },
    AU = new iQ();
  Vu.exports = {
    isAborted: GF,
    isCancelled: VF,
    isValidEncodedURL: Mu,
    ReadableStreamFrom: aF,
    tryUpgradeRequestToAPotentiallyTrustworthyURL: HF,
    clampAndCoarsenConnectionTimingInfo: UF,
    coarsenedSharedCurrentTime: MF,
    determineRequestsReferrer: kF,
    makePolicyContainer: bu,
    clonePolicyContainer: bF,
    appendFetchMetadata: RF,
    appendRequestOriginHeader: FF,
    TAOCheck: NF,
    corsCheck: mF,
    crossOriginResourcePolicyCheck: SF,
    createOpaqueTimingInfo: TF,
    setRequestReferrerPolicyOnRedirect: pF,
    isValidHTTPToken: Fu,
    requestBadPort: fF,
    requestCurrentURL: Ve,
    responseURL: Uu,
    responseLocationURL: hF,
    isURLPotentiallyTrustworthy: Ge,
    isValidReasonPhrase: DF,
    sameOrigin: lr,
    normalizeMethod: OF,
    iteratorMixin: WF,
    createIterator: Lu,
    isValidHeaderName: yF,
    isValidHeaderValue: Tu,
    isErrorLike: dF,
    fullyReadBody: PF,
    readableStreamClose: _F,
    urlIsLocal: xu,
    urlHasHttpsScheme: rQ,
    urlIsHttpHttpsScheme: Hu,
    readAllBytes: Yu,
    simpleRangeHeaderValue: vF,
    buildContentRange: qF,
    createInflate: ZF,
    extractMimeType: XF,
    getDecodeSplit: Gu,
    environmentSettingsObject: AU,
    isOriginIPPotentiallyTrustworthy: ku,
    hasAuthenticationEntry: zF,
    includesCredentials: jF,
    isTraversableNavigable: $F,
  };
});
var QQ = w((AW, Ju) => {
  var { iteratorMixin: eU } = sQ(),
    { kEnumerableProperty: mt } = $(),
    { webidl: M } = cr(),
    Ou = require('node:util'),
    zA = class A {
      #A = [];
      constructor(e = void 0) {
        if ((M.util.markAsUncloneable(this), e !== void 0))
          throw M.errors.conversionFailed({
            prefix: 'FormData constructor',
            argument: 'Argument 1',
            types: ['undefined'],
          });
      }
      append(e, t, r = void 0) {
        M.brandCheck(this, A);
        const n = 'FormData.append';
        M.argumentLengthCheck(arguments, 2, n),
          (e = M.converters.USVString(e)),
          arguments.length === 3 || M.is.Blob(t)
            ? ((t = M.converters.Blob(t, n, 'value')), r !== void 0 && (r = M.converters.USVString(r)))
            : (t = M.converters.USVString(t));
        const o = gQ(e, t, r);
        this.#A.push(o);
      }
      delete(e) {
        M.brandCheck(this, A),
          M.argumentLengthCheck(arguments, 1, 'FormData.delete'),
          (e = M.converters.USVString(e)),
          (this.#A = this.#A.filter((r) => r.name !== e));
      }
      get(e) {
        M.brandCheck(this, A), M.argumentLengthCheck(arguments, 1, 'FormData.get'), (e = M.converters.USVString(e));
        const r = this.#A.findIndex((n) => n.name === e);
        return r === -1 ? null : this.#A[r].value;
      }
      getAll(e) {
        return (
          M.brandCheck(this, A),
          M.argumentLengthCheck(arguments, 1, 'FormData.getAll'),
          (e = M.converters.USVString(e)),
          this.#A.filter((r) => r.name === e).map((r) => r.value)
        );
      }
      has(e) {
        return (
          M.brandCheck(this, A),
          M.argumentLengthCheck(arguments, 1, 'FormData.has'),
          (e = M.converters.USVString(e)),
          this.#A.findIndex((r) => r.name === e) !== -1
        );
      }
      set(e, t, r = void 0) {
        M.brandCheck(this, A);
        const n = 'FormData.set';
        M.argumentLengthCheck(arguments, 2, n),
          (e = M.converters.USVString(e)),
          arguments.length === 3 || M.is.Blob(t)
            ? ((t = M.converters.Blob(t, n, 'value')), r !== void 0 && (r = M.converters.USVString(r)))
            : (t = M.converters.USVString(t));
        const o = gQ(e, t, r),
          i = this.#A.findIndex((s) => s.name === e);
        i !== -1
          ? (this.#A = [...this.#A.slice(0, i), o, ...this.#A.slice(i + 1).filter((s) => s.name !== e)])
          : this.#A.push(o);
      }
      [Ou.inspect.custom](e, t) {
        const r = this.#A.reduce(
          (o, i) => (
            o[i.name]
              ? Array.isArray(o[i.name])
                ? o[i.name].push(i.value)
                : (o[i.name] = [o[i.name], i.value])
              : (o[i.name] = i.value),
            o
          ),
          { __proto__: null },
        );
        (t.depth ??= e), (t.colors ??= !0);
        const n = Ou.formatWithOptions(t, r);
        return `FormData ${n.slice(n.indexOf(']') + 2)}`;
      }
      static getFormDataState(e) {
        return e.#A;
      }
      static setFormDataState(e, t) {
        e.#A = t;
      }
    },
    { getFormDataState: tU, setFormDataState: rU } = zA;
  Reflect.deleteProperty(zA, 'getFormDataState');
  Reflect.deleteProperty(zA, 'setFormDataState');
  eU('FormData', zA, tU, 'name', 'value');
  Object.defineProperties(zA.prototype, {
    append: mt,
    delete: mt,
    get: mt,
    getAll: mt,
    has: mt,
    set: mt,
    [Symbol.toStringTag]: { value: 'FormData', configurable: !0 },
  });
  function gQ(A, e, t) {
    if (typeof e != 'string') {
      if ((M.is.File(e) || (e = new File([e], 'blob', { type: e.type })), t !== void 0)) {
        const r = { type: e.type, lastModified: e.lastModified };
        e = new File([e], t, r);
      }
    }
    return { name: A, value: e };
  }
  M.is.FormData = M.util.MakeTypeAssertion(zA);
  Ju.exports = { FormData: zA, makeEntry: gQ, setFormDataState: rU };
});
var _u = w((eW, Pu) => {
  var { bufferToLowerCasedHeaderName: nU } = $(),
    { HTTP_TOKEN_CODEPOINTS: oU } = fo(),
    { makeEntry: iU } = QQ(),
    { webidl: EQ } = cr(),
    IQ = require('node:assert'),
    { isomorphicDecode: Wu } = Br(),
    sU = Buffer.from('--'),
    BQ = new TextDecoder(),
    gU = new TextDecoder('utf-8', { ignoreBOM: !0 });
  function QU(A) {
    for (let e = 0; e < A.length; ++e) if ((A.charCodeAt(e) & -128) !== 0) return !1;
    return !0;
  }
  function EU(A) {
    const e = A.length;
    if (e < 27 || e > 70) return !1;
    for (let t = 0; t < e; ++t) {
      const r = A.charCodeAt(t);
      if (!((r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122) || r === 39 || r === 45 || r === 95))
        return !1;
    }
    return !0;
  }
  function IU(A, e) {
    IQ(e !== 'failure' && e.essence === 'multipart/form-data');
    const t = e.parameters.get('boundary');
    if (t === void 0) throw oA('missing boundary in content-type header');
    const r = Buffer.from(`--${t}`, 'utf8'),
      n = [],
      o = { position: 0 },
      i = A.indexOf(r);
    if (i === -1) throw oA('no boundary found in multipart body');
    for (o.position = i; ; ) {
      if (A.subarray(o.position, o.position + r.length).equals(r)) o.position += r.length;
      else throw oA('expected a value starting with -- and the boundary');
      if (CU(A, sU, o)) return n;
      if (A[o.position] !== 13 || A[o.position + 1] !== 10) throw oA('expected CRLF');
      o.position += 2;
      let s = aU(A, o),
        { name: g, filename: Q, contentType: I, encoding: B } = s;
      o.position += 2;
      let c;
      {
        const h = A.indexOf(r.subarray(2), o.position);
        if (h === -1) throw oA('expected boundary after body');
        (c = A.subarray(o.position, h - 4)),
          (o.position += c.length),
          B === 'base64' && (c = Buffer.from(c.toString(), 'base64'));
      }
      if (A[o.position] !== 13 || A[o.position + 1] !== 10) throw oA('expected CRLF');
      o.position += 2;
      let C;
      Q !== null
        ? ((I ??= 'text/plain'), QU(I) || (I = ''), (C = new File([c], Q, { type: I })))
        : (C = gU.decode(Buffer.from(c))),
        IQ(EQ.is.USVString(g)),
        IQ((typeof C == 'string' && EQ.is.USVString(C)) || EQ.is.File(C)),
        n.push(iU(g, C, Q));
    }
  }
  function BU(A, e) {
    A[e.position] === 59 && e.position++, fA((i) => i === 32 || i === 9, A, e);
    const t = fA((i) => CQ(i) && i !== 61 && i !== 42, A, e);
    if (t.length === 0) return null;
    const r = t.toString('ascii').toLowerCase(),
      n = A[e.position] === 42;
    if ((n && e.position++, A[e.position] !== 61)) return null;
    e.position++, fA((i) => i === 32 || i === 9, A, e);
    let o;
    if (n) {
      const i = fA((s) => s !== 32 && s !== 13 && s !== 10 && s !== 59, A, e);
      if (
        (i[0] !== 117 && i[0] !== 85) ||
        (i[1] !== 116 && i[1] !== 84) ||
        (i[2] !== 102 && i[2] !== 70) ||
        i[3] !== 45 ||
        i[4] !== 56
      )
        throw oA("unknown encoding, expected utf-8''");
      o = decodeURIComponent(BQ.decode(i.subarray(7)));
    } else if (A[e.position] === 34) {
      e.position++;
      const i = fA((s) => s !== 10 && s !== 13 && s !== 34, A, e);
      if (A[e.position] !== 34) throw oA('Closing quote not found');
      e.position++,
        (o = BQ.decode(i)
          .replace(
            /%0A/gi,
            `
`,
          )
          .replace(/%0D/gi, '\r')
          .replace(/%22/g, '"'));
    } else {
      const i = fA((s) => CQ(s) && s !== 59, A, e);
      o = BQ.decode(i);
    }
    return { name: r, value: o, extended: n };
  }
  function aU(A, e) {
    let t = null,
      r = null,
      n = null,
      o = null;
    for (;;) {
      if (A[e.position] === 13 && A[e.position + 1] === 10) {
        if (t === null) throw oA('header name is null');
        return { name: t, filename: r, contentType: n, encoding: o };
      }
      let i = fA((s) => s !== 10 && s !== 13 && s !== 58, A, e);
      if (((i = aQ(i, !0, !0, (s) => s === 9 || s === 32)), !oU.test(i.toString())))
        throw oA('header name does not match the field-name token production');
      if (A[e.position] !== 58) throw oA('expected :');
      switch ((e.position++, fA((s) => s === 32 || s === 9, A, e), nU(i))) {
        case 'content-disposition': {
          t = r = null;
          let s = !1;
          if (
            fA((Q) => CQ(Q), A, e)
              .toString('ascii')
              .toLowerCase() !== 'form-data'
          )
            throw oA('expected form-data for content-disposition header');
          for (; e.position < A.length && (A[e.position] !== 13 || A[e.position + 1] !== 10); ) {
            const Q = BU(A, e);
            if (!Q) break;
            Q.name === 'name'
              ? (t = Q.value)
              : Q.name === 'filename' && (Q.extended ? ((r = Q.value), (s = !0)) : s || (r = Q.value));
          }
          if (t === null) throw oA('name attribute is required in content-disposition header');
          break;
        }
        case 'content-type': {
          let s = fA((g) => g !== 10 && g !== 13, A, e);
          (s = aQ(s, !1, !0, (g) => g === 9 || g === 32)), (n = Wu(s));
          break;
        }
        case 'content-transfer-encoding': {
          let s = fA((g) => g !== 10 && g !== 13, A, e);
          (s = aQ(s, !1, !0, (g) => g === 9 || g === 32)), (o = Wu(s));
          break;
        }
        default:
          fA((s) => s !== 10 && s !== 13, A, e);
      }
      if (A[e.position] !== 13 || A[e.position + 1] !== 10) throw oA('expected CRLF');
      e.position += 2;
    }
  }
  function fA(A, e, t) {
    let r = t.position;
    for (; r < e.length && A(e[r]); ) ++r;
    return e.subarray(t.position, (t.position = r));
  }
  function aQ(A, e, t, r) {
    let n = 0,
      o = A.length - 1;
    if (e) for (; n < A.length && r(A[n]); ) n++;
    if (t) for (; o > 0 && r(A[o]); ) o--;
    return n === 0 && o === A.length - 1 ? A : A.subarray(n, o + 1);
  }
  function CU(A, e, t) {
    if (A.length < e.length) return !1;
    for (let r = 0; r < e.length; r++) if (e[r] !== A[t.position + r]) return !1;
    return !0;
  }
  function oA(A) {
    return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(A) });
  }
  function cU(A) {
    return A <= 31 || A === 127;
  }
  function lU(A) {
    return (
      A === 40 ||
      A === 41 ||
      A === 60 ||
      A === 62 ||
      A === 64 ||
      A === 44 ||
      A === 59 ||
      A === 58 ||
      A === 92 ||
      A === 34 ||
      A === 47 ||
      A === 91 ||
      A === 93 ||
      A === 63 ||
      A === 61
    );
  }
  function CQ(A) {
    return A <= 127 && A !== 32 && A !== 9 && !cU(A) && !lU(A);
  }
  Pu.exports = { multipartFormDataParser: IU, validateBoundary: EU };
});
var qu = w((tW, vu) => {
  function hU() {
    let A, e;
    return {
      promise: new Promise((r, n) => {
        (A = r), (e = n);
      }),
      resolve: A,
      reject: e,
    };
  }
  vu.exports = { createDeferredPromise: hU };
});
var uQ = w((rW, $u) => {
  var hQ = $(),
    { ReadableStreamFrom: uU, readableStreamClose: Zu, fullyReadBody: fU, extractMimeType: dU } = sQ(),
    { FormData: Xu, setFormDataState: DU } = QQ(),
    { webidl: RA } = cr(),
    cQ = require('node:assert'),
    { isErrored: lQ, isDisturbed: yU } = require('node:stream'),
    { isUint8Array: wU } = require('node:util/types'),
    { serializeAMimeType: pU } = fo(),
    { multipartFormDataParser: SU } = _u(),
    { createDeferredPromise: mU } = qu(),
    { parseJSONFromBytes: NU } = Br(),
    { utf8DecodeBytes: RU } = _g(),
    { runtimeFeatures: FU } = Kg(),
    UU = FU.has('crypto') ? require('node:crypto').randomInt : (A) => Math.floor(Math.random() * A),
    po = new TextEncoder();
  function MU() {}
  var TU = new FinalizationRegistry((A) => {
    const e = A.deref();
    e && !e.locked && !yU(e) && !lQ(e) && e.cancel('Response object has been garbage collected').catch(MU);
  });
  function zu(A, e = !1) {
    let t = null;
    RA.is.ReadableStream(A)
      ? (t = A)
      : RA.is.Blob(A)
        ? (t = A.stream())
        : (t = new ReadableStream({
            start() {},
            async pull(g) {
              const Q = r(),
                I = Q?.[Symbol.asyncIterator]?.();
              if (I == null) {
                Q?.length && !lQ(t) && g.enqueue(typeof Q == 'string' ? po.encode(Q) : new Uint8Array(Q)),
                  queueMicrotask(() => Zu(g));
                return;
              }
              for (;;) {
                const { value: B, done: c } = await I.next();
                if (c) {
                  queueMicrotask(() => Zu(g));
                  return;
                }
                if (B.length && !lQ(t)) {
                  g.enqueue(new Uint8Array(B));
                  return;
                }
              }
            },
            cancel(g) {
              return r()[Symbol.asyncIterator]?.().return(g);
            },
            type: 'bytes',
          })),
      cQ(RA.is.ReadableStream(t));
    let r = null,
      n = null,
      o = null,
      i = null;
    if (typeof A == 'string') (n = A), (i = 'text/plain;charset=UTF-8');
    else if (RA.is.URLSearchParams(A)) (n = A.toString()), (i = 'application/x-www-form-urlencoded;charset=UTF-8');
    else if (RA.is.BufferSource(A)) n = RA.util.getCopyOfBytesHeldByBufferSource(A);
    else if (RA.is.FormData(A)) {
      const g = `----formdata-undici-0${`${UU(1e11)}`.padStart(11, '0')}`,
        Q = `--${g}\r
Content-Disposition: form-data`;
      const I = (f) => f.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22'),
        B = (f) =>
          f.replace(
            /\r?\n|\r/g,
            `\r
`,
          ),
        c = [],
        C = new Uint8Array([13, 10]);
      o = 0;
      let h = !1;
      for (const [f, u] of A)
        if (typeof u == 'string') {
          const d = po.encode(
            Q +
              `; name="${I(B(f))}"\r
\r
${B(u)}\r
`,
          );
          c.push(d), (o += d.byteLength);
        } else {
          const d = po.encode(
            `${Q}; name="${I(B(f))}"` +
              (u.name ? `; filename="${I(u.name)}"` : '') +
              `\r
Content-Type: ${u.type || 'application/octet-stream'}\r
\r
`,
          );
          c.push(d, u, C), typeof u.size == 'number' ? (o += d.byteLength + u.size + C.byteLength) : (h = !0);
        }
      const l = po.encode(`--${g}--\r
`);
      c.push(l), (o += l.byteLength), h && (o = null), (n = A);
      const D = (async function* () {
        for (const f of c) f.stream ? yield* f.stream() : yield f;
      })();
      (r = () => D), (i = `multipart/form-data; boundary=${g}`);
    } else if (RA.is.Blob(A)) (n = A), (o = A.size), A.type && (i = A.type);
    else if (typeof A[Symbol.asyncIterator] == 'function') {
      if (e) throw new TypeError('keepalive');
      if (hQ.isDisturbed(A) || A.locked) throw new TypeError('Response body object should not be disturbed or locked');
      t = RA.is.ReadableStream(A) ? A : uU(A);
    }
    return (
      (typeof n == 'string' || wU(n)) && ((r = () => n), (o = typeof n == 'string' ? Buffer.byteLength(n) : n.length)),
      [{ stream: t, source: n, length: o }, i]
    );
  }
  function bU(A, e = !1) {
    return (
      RA.is.ReadableStream(A) &&
        (cQ(!hQ.isDisturbed(A), 'The body has already been consumed.'), cQ(!A.locked, 'The stream is locked.')),
      zu(A, e)
    );
  }
  function kU(A) {
    const { 0: e, 1: t } = A.stream.tee();
    return ((A.stream = e), { stream: t, length: A.length, source: A.source });
  }
  function LU(A, e) {
    return {
      blob() {
        return Nt(
          this,
          (r) => {
            let n = Ku(e(this));
            return (n === null ? (n = '') : n && (n = pU(n)), new Blob([r], { type: n }));
          },
          A,
          e,
        );
      },
      arrayBuffer() {
        return Nt(this, (r) => new Uint8Array(r).buffer, A, e);
      },
      text() {
        return Nt(this, RU, A, e);
      },
      json() {
        return Nt(this, NU, A, e);
      },
      formData() {
        return Nt(
          this,
          (r) => {
            const n = Ku(e(this));
            if (n !== null)
              switch (n.essence) {
                case 'multipart/form-data': {
                  const o = SU(r, n),
                    i = new Xu();
                  return (DU(i, o), i);
                }
                case 'application/x-www-form-urlencoded': {
                  const o = new URLSearchParams(r.toString()),
                    i = new Xu();
                  for (const [s, g] of o) i.append(s, g);
                  return i;
                }
              }
            throw new TypeError(
              'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".',
            );
          },
          A,
          e,
        );
      },
      bytes() {
        return Nt(this, (r) => new Uint8Array(r), A, e);
      },
    };
  }
  function YU(A, e) {
    Object.assign(A.prototype, LU(A, e));
  }
  function Nt(A, e, t, r) {
    try {
      RA.brandCheck(A, t);
    } catch (s) {
      return Promise.reject(s);
    }
    if (((A = r(A)), ju(A))) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    const n = mU(),
      o = n.reject,
      i = (s) => {
        try {
          n.resolve(e(s));
        } catch (g) {
          o(g);
        }
      };
    return A.body == null ? (i(Buffer.allocUnsafe(0)), n.promise) : (fU(A.body, i, o), n.promise);
  }
  function ju(A) {
    const e = A.body;
    return e != null && (e.stream.locked || hQ.isDisturbed(e.stream));
  }
  function Ku(A) {
    const e = A.headersList,
      t = dU(e);
    return t === 'failure' ? null : t;
  }
  $u.exports = {
    extractBody: zu,
    safelyExtractBody: bU,
    cloneBody: kU,
    mixinBody: YU,
    streamRegistry: TU,
    bodyUnusable: ju,
  };
});
var lf = w((nW, cf) => {
  var m = require('node:assert'),
    S = $(),
    { channels: Af } = pt(),
    fQ = cg(),
    {
      RequestContentLengthMismatchError: Oe,
      ResponseContentLengthMismatchError: ef,
      RequestAbortedError: If,
      InvalidArgumentError: xU,
      HeadersTimeoutError: HU,
      HeadersOverflowError: GU,
      SocketError: Je,
      InformationalError: Rt,
      BodyTimeoutError: VU,
      HTTPParserError: OU,
      ResponseExceededMaxSizeError: JU,
    } = X(),
    {
      kUrl: Bf,
      kReset: iA,
      kClient: Fo,
      kParser: x,
      kBlocking: dr,
      kRunning: q,
      kPending: mQ,
      kSize: tf,
      kWriting: le,
      kQueue: FA,
      kNoRef: ur,
      kKeepAliveDefaultTimeout: WU,
      kHostHeader: PU,
      kPendingIdx: _U,
      kRunningIdx: dA,
      kError: rA,
      kPipelining: No,
      kSocket: We,
      kKeepAliveTimeoutValue: Uo,
      kMaxHeadersSize: vU,
      kKeepAliveMaxTimeout: qU,
      kKeepAliveTimeoutThreshold: ZU,
      kHeadersTimeout: XU,
      kBodyTimeout: KU,
      kStrictContentLength: yQ,
      kMaxRequests: rf,
      kCounter: zU,
      kMaxResponseSize: jU,
      kOnError: nf,
      kResume: jA,
      kHTTPContext: af,
      kClosed: wQ,
    } = QA(),
    BA = Xh(),
    of = Buffer.alloc(0),
    So = Buffer[Symbol.species],
    $U = S.removeAllListeners,
    Pe = Symbol('kIdleSocketValidation'),
    Ft = Symbol('kIdleSocketValidationTimeout'),
    NQ = Symbol('kSocketUsed'),
    sf = Symbol('kTypeOfService'),
    dQ;
  function AM() {
    let A = process.env.JEST_WORKER_ID ? Jg() : void 0,
      e,
      t = !0;
    if (process.arch === 'ppc64') {
      const [r, n] = process.versions.node.split('.').map((o) => parseInt(o, 10));
      (r < 24 || (r === 24 && n < 12)) && (t = !1);
    }
    if ((process.env.UNDICI_NO_WASM_SIMD === '1' ? (t = !1) : process.env.UNDICI_NO_WASM_SIMD === '0' && (t = !0), t))
      try {
        e = new WebAssembly.Module(jh());
      } catch {}
    return (
      e || (e = new WebAssembly.Module(A || Jg())),
      new WebAssembly.Instance(e, {
        env: {
          wasm_on_url: (r, n, o) => 0,
          wasm_on_status: (r, n, o) => {
            m(J.ptr === r);
            const i = n - VA + GA.byteOffset;
            return J.onStatus(new So(GA.buffer, i, o));
          },
          wasm_on_message_begin: (r) => (m(J.ptr === r), J.onMessageBegin()),
          wasm_on_header_field: (r, n, o) => {
            m(J.ptr === r);
            const i = n - VA + GA.byteOffset;
            return J.onHeaderField(new So(GA.buffer, i, o));
          },
          wasm_on_header_value: (r, n, o) => {
            m(J.ptr === r);
            const i = n - VA + GA.byteOffset;
            return J.onHeaderValue(new So(GA.buffer, i, o));
          },
          wasm_on_headers_complete: (r, n, o, i) => (m(J.ptr === r), J.onHeadersComplete(n, o === 1, i === 1)),
          wasm_on_body: (r, n, o) => {
            m(J.ptr === r);
            const i = n - VA + GA.byteOffset;
            return J.onBody(new So(GA.buffer, i, o));
          },
          wasm_on_message_complete: (r) => (m(J.ptr === r), J.onMessageComplete()),
        },
      })
    );
  }
  var DQ = null,
    J = null,
    GA = null,
    mo = 0,
    VA = null,
    eM = 0,
    fr = 1,
    Ut = 2 | fr,
    Ro = 4 | fr,
    pQ = 8 | eM,
    SQ = class {
      constructor(e, t, { exports: r }) {
        (this.llhttp = r),
          (this.ptr = this.llhttp.llhttp_alloc(BA.TYPE.RESPONSE)),
          (this.client = e),
          (this.socket = t),
          (this.timeout = null),
          (this.timeoutWeakRef = new WeakRef(this)),
          (this.timeoutValue = null),
          (this.timeoutType = null),
          (this.statusCode = 0),
          (this.statusText = ''),
          (this.upgrade = !1),
          (this.headers = []),
          (this.headersSize = 0),
          (this.headersMaxSize = e[vU]),
          (this.shouldKeepAlive = !1),
          (this.paused = !1),
          (this.resume = this.resume.bind(this)),
          (this.bytesRead = 0),
          (this.keepAlive = ''),
          (this.contentLength = ''),
          (this.connection = ''),
          (this.maxResponseSize = e[jU]);
      }
      setTimeout(e, t) {
        e !== this.timeoutValue || (t & fr) ^ (this.timeoutType & fr)
          ? (this.timeout && (fQ.clearTimeout(this.timeout), (this.timeout = null)),
            e &&
              (t & fr
                ? (this.timeout = fQ.setFastTimeout(gf, e, this.timeoutWeakRef))
                : ((this.timeout = setTimeout(gf, e, this.timeoutWeakRef)), this.timeout?.unref())),
            (this.timeoutValue = e))
          : this.timeout && this.timeout.refresh && this.timeout.refresh(),
          (this.timeoutType = t);
      }
      resume() {
        this.socket.destroyed ||
          !this.paused ||
          (m(this.ptr != null),
          m(J === null),
          this.llhttp.llhttp_resume(this.ptr),
          m(this.timeoutType === Ro),
          this.timeout && this.timeout.refresh && this.timeout.refresh(),
          (this.paused = !1),
          this.execute(this.socket.read() || of),
          this.readMore());
      }
      readMore() {
        for (; !this.paused && this.ptr; ) {
          const e = this.socket.read();
          if (e === null) break;
          this.execute(e);
        }
      }
      execute(e) {
        m(J === null), m(this.ptr != null), m(!this.paused);
        const { socket: t, llhttp: r } = this;
        e.length > mo && (VA && r.free(VA), (mo = Math.ceil(e.length / 4096) * 4096), (VA = r.malloc(mo))),
          new Uint8Array(r.memory.buffer, VA, mo).set(e);
        try {
          let n;
          try {
            (GA = e), (J = this), (n = r.llhttp_execute(this.ptr, VA, e.length));
          } finally {
            (J = null), (GA = null);
          }
          if (n !== BA.ERROR.OK) {
            const o = e.subarray(r.llhttp_get_error_pos(this.ptr) - VA);
            if (n === BA.ERROR.PAUSED_UPGRADE) this.onUpgrade(o);
            else if (n === BA.ERROR.PAUSED) (this.paused = !0), t.unshift(o);
            else throw this.createError(n, o);
          }
        } catch (n) {
          S.destroy(t, n);
        }
      }
      finish() {
        m(J === null), m(this.ptr != null), m(!this.paused);
        let { llhttp: e } = this,
          t;
        try {
          (J = this), (t = e.llhttp_finish(this.ptr));
        } finally {
          J = null;
        }
        return t === BA.ERROR.OK
          ? null
          : t === BA.ERROR.PAUSED || t === BA.ERROR.PAUSED_UPGRADE
            ? ((this.paused = !0), null)
            : this.createError(t, of);
      }
      createError(e, t) {
        const { llhttp: r, contentLength: n, bytesRead: o } = this;
        if (n && o !== parseInt(n, 10)) return new ef();
        let i = r.llhttp_get_error_reason(this.ptr),
          s = '';
        if (i) {
          const g = new Uint8Array(r.memory.buffer, i).indexOf(0);
          s = 'Response does not match the HTTP/1.1 protocol (' + Buffer.from(r.memory.buffer, i, g).toString() + ')';
        }
        return new OU(s, BA.ERROR[e], t);
      }
      destroy() {
        m(J === null),
          m(this.ptr != null),
          this.llhttp.llhttp_free(this.ptr),
          (this.ptr = null),
          this.timeout && fQ.clearTimeout(this.timeout),
          (this.timeout = null),
          (this.timeoutValue = null),
          (this.timeoutType = null),
          (this.paused = !1);
      }
      onStatus(e) {
        return ((this.statusText = e.toString()), 0);
      }
      onMessageBegin() {
        const { socket: e, client: t } = this;
        if (e.destroyed) return -1;
        if (t[q] === 0) return (S.destroy(e, new Je('bad response', S.getSocketInfo(e))), -1);
        const r = t[FA][t[dA]];
        return r ? (r.onResponseStarted(), 0) : -1;
      }
      onHeaderField(e) {
        const t = this.headers.length;
        return (
          (t & 1) === 0 ? this.headers.push(e) : (this.headers[t - 1] = Buffer.concat([this.headers[t - 1], e])),
          this.trackHeader(e.length),
          0
        );
      }
      onHeaderValue(e) {
        let t = this.headers.length;
        (t & 1) === 1
          ? (this.headers.push(e), (t += 1))
          : (this.headers[t - 1] = Buffer.concat([this.headers[t - 1], e]));
        const r = this.headers[t - 2];
        if (r.length === 10) {
          const n = S.bufferToLowerCasedHeaderName(r);
          n === 'keep-alive'
            ? (this.keepAlive += e.toString())
            : n === 'connection' && (this.connection += e.toString());
        } else
          r.length === 14 &&
            S.bufferToLowerCasedHeaderName(r) === 'content-length' &&
            (this.contentLength += e.toString());
        return (this.trackHeader(e.length), 0);
      }
      trackHeader(e) {
        (this.headersSize += e), this.headersSize >= this.headersMaxSize && S.destroy(this.socket, new GU());
      }
      onUpgrade(e) {
        const { upgrade: t, client: r, socket: n, headers: o, statusCode: i, statusText: s } = this;
        m(t), m(r[We] === n), m(!n.destroyed), m(!this.paused), m((o.length & 1) === 0);
        const g = r[FA][r[dA]];
        m(g),
          m(g.upgrade || g.method === 'CONNECT'),
          (this.statusCode = 0),
          (this.statusText = ''),
          (this.shouldKeepAlive = !1),
          (this.headers = []),
          (this.headersSize = 0),
          n.unshift(e),
          n[x].destroy(),
          (n[x] = null),
          (n[Fo] = null),
          (n[rA] = null),
          $U(n),
          (r[We] = null),
          (r[af] = null),
          (r[FA][r[dA]++] = null),
          r.emit('disconnect', r[Bf], [r], new Rt('upgrade'));
        try {
          g.onUpgrade(i, o, n, s);
        } catch (Q) {
          S.errorRequest(r, g, Q), S.destroy(n, Q);
        }
        r[jA]();
      }
      onHeadersComplete(e, t, r) {
        const { client: n, socket: o, headers: i, statusText: s } = this;
        if (o.destroyed) return -1;
        if (n[q] === 0) return (S.destroy(o, new Je('bad response', S.getSocketInfo(o))), -1);
        const g = n[FA][n[dA]];
        if (!g) return -1;
        if ((m(!this.upgrade), m(this.statusCode < 200), e === 100))
          return (S.destroy(o, new Je('bad response', S.getSocketInfo(o))), -1);
        if (t && !g.upgrade) return (S.destroy(o, new Je('bad upgrade', S.getSocketInfo(o))), -1);
        if (
          (m(this.timeoutType === Ut),
          (this.statusCode = e),
          (this.shouldKeepAlive =
            r || (g.method === 'HEAD' && !o[iA] && this.connection.toLowerCase() === 'keep-alive')),
          this.statusCode >= 200)
        ) {
          const I = g.bodyTimeout != null ? g.bodyTimeout : n[KU];
          this.setTimeout(I, Ro);
        } else this.timeout && this.timeout.refresh && this.timeout.refresh();
        if (g.method === 'CONNECT') return (m(n[q] === 1), (this.upgrade = !0), 2);
        if (t) return (m(n[q] === 1), (this.upgrade = !0), 2);
        if (
          (m((this.headers.length & 1) === 0),
          (this.headers = []),
          (this.headersSize = 0),
          this.shouldKeepAlive && n[No])
        ) {
          const I = this.keepAlive ? S.parseKeepAliveTimeout(this.keepAlive) : null;
          if (I != null) {
            const B = Math.min(I - n[ZU], n[qU]);
            B <= 0 ? (o[iA] = !0) : (n[Uo] = B);
          } else n[Uo] = n[WU];
        } else o[iA] = !0;
        const Q = g.onHeaders(e, i, this.resume, s) === !1;
        return g.aborted
          ? -1
          : g.method === 'HEAD' || e < 200
            ? 1
            : (o[dr] && ((o[dr] = !1), n[jA]()), Q ? BA.ERROR.PAUSED : 0);
      }
      onBody(e) {
        const { client: t, socket: r, statusCode: n, maxResponseSize: o } = this;
        if (r.destroyed) return -1;
        const i = t[FA][t[dA]];
        return (
          m(i),
          m(this.timeoutType === Ro),
          this.timeout && this.timeout.refresh && this.timeout.refresh(),
          m(n >= 200),
          o > -1 && this.bytesRead + e.length > o
            ? (S.destroy(r, new JU()), -1)
            : ((this.bytesRead += e.length), i.onData(e) === !1 ? BA.ERROR.PAUSED : 0)
        );
      }
      onMessageComplete() {
        const {
          client: e,
          socket: t,
          statusCode: r,
          upgrade: n,
          headers: o,
          contentLength: i,
          bytesRead: s,
          shouldKeepAlive: g,
        } = this;
        if (t.destroyed && (!r || g)) return -1;
        if (n) return 0;
        m(r >= 100), m((this.headers.length & 1) === 0);
        const Q = e[FA][e[dA]];
        if (
          (m(Q),
          (this.statusCode = 0),
          (this.statusText = ''),
          (this.bytesRead = 0),
          (this.contentLength = ''),
          (this.keepAlive = ''),
          (this.connection = ''),
          (this.headers = []),
          (this.headersSize = 0),
          r < 200)
        )
          return 0;
        if (Q.method !== 'HEAD' && i && s !== parseInt(i, 10)) return (S.destroy(t, new ef()), -1);
        if ((Q.onComplete(o), (e[FA][e[dA]++] = null), (t[NQ] = e[mQ] === 0), t[le]))
          return (m(e[q] === 0), S.destroy(t, new Rt('reset')), BA.ERROR.PAUSED);
        if (g) {
          if (t[iA] && e[q] === 0) return (S.destroy(t, new Rt('reset')), BA.ERROR.PAUSED);
          e[No] == null || e[No] === 1 ? setImmediate(e[jA]) : e[jA]();
        } else return (S.destroy(t, new Rt('reset')), BA.ERROR.PAUSED);
        return 0;
      }
    };
  function gf(A) {
    const e = A.deref();
    if (!e) return;
    const { socket: t, timeoutType: r, client: n, paused: o } = e;
    r === Ut
      ? (!t[le] || t.writableNeedDrain || n[q] > 1) &&
        (m(!o, 'cannot be paused while waiting for headers'), S.destroy(t, new HU()))
      : r === Ro
        ? o || S.destroy(t, new VU())
        : r === pQ && (m(n[q] === 0 && n[Uo]), S.destroy(t, new Rt('socket idle timeout')));
  }
  function tM(A, e) {
    if (((A[We] = e), DQ || (DQ = AM()), e.errored)) throw e.errored;
    if (e.destroyed) throw new Je('destroyed');
    return (
      (e[ur] = !1),
      (e[le] = !1),
      (e[iA] = !1),
      (e[dr] = !1),
      (e[Pe] = 0),
      (e[Ft] = null),
      (e[NQ] = !1),
      (e[x] = new SQ(A, e, DQ)),
      S.addListener(e, 'error', rM),
      S.addListener(e, 'readable', nM),
      S.addListener(e, 'end', oM),
      S.addListener(e, 'close', iM),
      (e[wQ] = !1),
      e.on('close', sM),
      {
        version: 'h1',
        defaultPipelining: 1,
        write(t) {
          return BM(A, t);
        },
        resume() {
          QM(A);
        },
        destroy(t, r) {
          e[wQ] ? queueMicrotask(r) : (e.on('close', r), e.destroy(t));
        },
        get destroyed() {
          return e.destroyed;
        },
        busy(t) {
          return !!(
            e[le] ||
            e[iA] ||
            e[dr] ||
            e[Pe] === 1 ||
            (t &&
              ((A[q] > 0 && !t.idempotent) ||
                (A[q] > 0 && (t.upgrade || t.method === 'CONNECT')) ||
                (A[q] > 0 &&
                  S.bodyLength(t.body) !== 0 &&
                  (S.isStream(t.body) || S.isAsyncIterable(t.body) || S.isFormDataLike(t.body)))))
          );
        },
      }
    );
  }
  function rM(A) {
    const e = this[x];
    if (A.code === 'ECONNRESET' && e.statusCode && !e.shouldKeepAlive) {
      const t = e.finish();
      t && ((this[rA] = t), this[Fo][nf](t));
      return;
    }
    (this[rA] = A), this[Fo][nf](A);
  }
  function nM() {
    this[x]?.readMore();
  }
  function oM() {
    const A = this[x];
    if (A.statusCode && !A.shouldKeepAlive) {
      const e = A.finish();
      e && S.destroy(this, e);
      return;
    }
    S.destroy(this, new Je('other side closed', S.getSocketInfo(this)));
  }
  function iM() {
    const A = this[x];
    Cf(this),
      A &&
        (!this[rA] && A.statusCode && !A.shouldKeepAlive && (this[rA] = A.finish() || this[rA]),
        this[x].destroy(),
        (this[x] = null));
    const e = this[rA] || new Je('closed', S.getSocketInfo(this)),
      t = this[Fo];
    if (((t[We] = null), (t[af] = null), t.destroyed)) {
      m(t[mQ] === 0);
      const r = t[FA].splice(t[dA]);
      for (let n = 0; n < r.length; n++) {
        const o = r[n];
        S.errorRequest(t, o, e);
      }
    } else if (t[q] > 0 && e.code !== 'UND_ERR_INFO') {
      const r = t[FA][t[dA]];
      (t[FA][t[dA]++] = null), S.errorRequest(t, r, e);
    }
    (t[_U] = t[dA]), m(t[q] === 0), t.emit('disconnect', t[Bf], [t], e), t[jA]();
  }
  function sM() {
    this[wQ] = !0;
  }
  function Cf(A) {
    A[Ft] && (clearImmediate(A[Ft]), (A[Ft] = null)), (A[Pe] = 0);
  }
  function gM(A, e) {
    (e[Pe] = 1),
      (e[Ft] = setImmediate(() => {
        (e[Ft] = null), (e[Pe] = 2), A[We] === e && !e.destroyed && A[jA]();
      }));
  }
  function QM(A) {
    const e = A[We];
    if (e && !e.destroyed) {
      if (
        (A[tf] === 0 ? !e[ur] && e.unref && (e.unref(), (e[ur] = !0)) : e[ur] && e.ref && (e.ref(), (e[ur] = !1)),
        A[q] === 0 && A[mQ] > 0 && e[NQ])
      ) {
        if (e[Pe] === 0) return (gM(A, e), e[x].readMore(), e.destroyed, void 0);
        if (e[Pe] === 1) return (e[x].readMore(), e.destroyed, void 0);
      }
      if (A[q] === 0 && (e[x].readMore(), e.destroyed)) return;
      if (A[tf] === 0) e[x].timeoutType !== pQ && e[x].setTimeout(A[Uo], pQ);
      else if (A[q] > 0 && e[x].statusCode < 200 && e[x].timeoutType !== Ut) {
        const t = A[FA][A[dA]],
          r = t.headersTimeout != null ? t.headersTimeout : A[XU];
        e[x].setTimeout(r, Ut);
      }
    }
  }
  function EM(A) {
    return A !== 'GET' && A !== 'HEAD' && A !== 'OPTIONS' && A !== 'TRACE' && A !== 'CONNECT';
  }
  function IM(A, e) {
    if (typeof A.setTypeOfService != 'function') return;
    const t = e.typeOfService;
    if (!(t === void 0 || A[sf] === t))
      try {
        A.setTypeOfService(t), (A[sf] = t);
      } catch {}
  }
  function BM(A, e) {
    let { method: t, path: r, host: n, upgrade: o, blocking: i, reset: s } = e,
      { body: g, headers: Q, contentLength: I } = e,
      B = t === 'PUT' || t === 'POST' || t === 'PATCH' || t === 'QUERY' || t === 'PROPFIND' || t === 'PROPPATCH';
    if (S.isFormDataLike(g)) {
      dQ || (dQ = uQ().extractBody);
      const [D, f] = dQ(g);
      e.contentType == null && Q.push('content-type', f), (g = D.stream), (I = D.length);
    } else if (S.isBlobLike(g) && e.contentType == null) {
      const D = g.type;
      if (D) {
        const f = `${D}`;
        if (!S.isValidHeaderValue(f)) return (S.errorRequest(A, e, new xU('invalid content-type header')), !1);
        Q.push('content-type', f);
      }
    }
    g && typeof g.read == 'function' && g.read(0);
    const c = S.bodyLength(g);
    if (
      ((I = c ?? I),
      I === null && (I = e.contentLength),
      I === 0 && !B && (I = null),
      EM(t) && I > 0 && e.contentLength !== null && e.contentLength !== I)
    ) {
      if (A[yQ]) return (S.errorRequest(A, e, new Oe()), !1);
      process.emitWarning(new Oe());
    }
    const C = A[We];
    Cf(C);
    const h = (D) => {
      e.aborted || e.completed || (S.errorRequest(A, e, D || new If()), S.destroy(g), S.destroy(C, new Rt('aborted')));
    };
    try {
      e.onConnect(h);
    } catch (D) {
      S.errorRequest(A, e, D);
    }
    if (e.aborted) return !1;
    t === 'HEAD' && (C[iA] = !0),
      (o || t === 'CONNECT') && (C[iA] = !0),
      s != null && (C[iA] = s),
      A[rf] && C[zU]++ >= A[rf] && (C[iA] = !0),
      i && (C[dr] = !0),
      IM(C, e);
    let l = `${t} ${r} HTTP/1.1\r
`;
    if (
      (typeof n == 'string'
        ? (l += `host: ${n}\r
`)
        : (l += A[PU]),
      o
        ? (l += `connection: upgrade\r
upgrade: ${o}\r
`)
        : A[No] && !C[iA]
          ? (l += `connection: keep-alive\r
`)
          : (l += `connection: close\r
`),
      Array.isArray(Q))
    )
      for (let D = 0; D < Q.length; D += 2) {
        const f = Q[D + 0],
          u = Q[D + 1];
        if (Array.isArray(u))
          for (let d = 0; d < u.length; d++)
            l += `${f}: ${u[d]}\r
`;
        else
          l += `${f}: ${u}\r
`;
      }
    return (
      Af.sendHeaders.hasSubscribers && Af.sendHeaders.publish({ request: e, headers: l, socket: C }),
      !g || c === 0
        ? Qf(h, null, A, e, C, I, l, B)
        : S.isBuffer(g)
          ? Qf(h, g, A, e, C, I, l, B)
          : S.isBlobLike(g)
            ? typeof g.stream == 'function'
              ? Ef(h, g.stream(), A, e, C, I, l, B)
              : CM(h, g, A, e, C, I, l, B)
            : S.isStream(g)
              ? aM(h, g, A, e, C, I, l, B)
              : S.isIterable(g)
                ? Ef(h, g, A, e, C, I, l, B)
                : m(!1),
      !0
    );
  }
  function aM(A, e, t, r, n, o, i, s) {
    m(o !== 0 || t[q] === 0, 'stream body cannot be pipelined');
    let g = !1,
      Q = new Mo({ abort: A, socket: n, request: r, contentLength: o, client: t, expectsPayload: s, header: i }),
      I = function (h) {
        if (!g)
          try {
            !Q.write(h) && this.pause && this.pause();
          } catch (l) {
            S.destroy(this, l);
          }
      },
      B = () => {
        g || (e.resume && e.resume());
      },
      c = () => {
        if (
          (queueMicrotask(() => {
            e.removeListener('error', C);
          }),
          !g)
        ) {
          const h = new If();
          queueMicrotask(() => C(h));
        }
      },
      C = (h) => {
        if (!g) {
          if (
            ((g = !0),
            m(n.destroyed || (n[le] && t[q] <= 1)),
            n.off('drain', B).off('error', C),
            e.removeListener('data', I).removeListener('end', C).removeListener('close', c),
            !h)
          )
            try {
              Q.end();
            } catch (l) {
              h = l;
            }
          Q.destroy(h), h && (h.code !== 'UND_ERR_INFO' || h.message !== 'reset') ? S.destroy(e, h) : S.destroy(e);
        }
      };
    e.on('data', I).on('end', C).on('error', C).on('close', c),
      e.resume && e.resume(),
      n.on('drain', B).on('error', C),
      (e.errorEmitted ?? e.errored)
        ? setImmediate(C, e.errored)
        : (e.endEmitted ?? e.readableEnded) && setImmediate(C, null),
      (e.closeEmitted ?? e.closed) && setImmediate(c);
  }
  function Qf(A, e, t, r, n, o, i, s) {
    try {
      e
        ? S.isBuffer(e) &&
          (m(o === e.byteLength, 'buffer body must have content length'),
          n.cork(),
          n.write(
            `${i}content-length: ${o}\r
\r
`,
            'latin1',
          ),
          n.write(e),
          n.uncork(),
          r.onBodySent(e),
          !s && r.reset !== !1 && (n[iA] = !0))
        : o === 0
          ? n.write(
              `${i}content-length: 0\r
\r
`,
              'latin1',
            )
          : (m(o === null, 'no body must not have content length'),
            n.write(
              `${i}\r
`,
              'latin1',
            )),
        r.onRequestSent(),
        t[jA]();
    } catch (g) {
      A(g);
    }
  }
  async function CM(A, e, t, r, n, o, i, s) {
    m(o === e.size, 'blob body must have content length');
    try {
      if (o != null && o !== e.size) throw new Oe();
      const g = Buffer.from(await e.arrayBuffer());
      n.cork(),
        n.write(
          `${i}content-length: ${o}\r
\r
`,
          'latin1',
        ),
        n.write(g),
        n.uncork(),
        r.onBodySent(g),
        r.onRequestSent(),
        !s && r.reset !== !1 && (n[iA] = !0),
        t[jA]();
    } catch (g) {
      A(g);
    }
  }
  async function Ef(A, e, t, r, n, o, i, s) {
    m(o !== 0 || t[q] === 0, 'iterator body cannot be pipelined');
    let g = null;
    function Q() {
      if (g) {
        const c = g;
        (g = null), c();
      }
    }
    const I = () =>
      new Promise((c, C) => {
        m(g === null), n[rA] ? C(n[rA]) : (g = c);
      });
    n.on('close', Q).on('drain', Q);
    const B = new Mo({ abort: A, socket: n, request: r, contentLength: o, client: t, expectsPayload: s, header: i });
    try {
      for await (const c of e) {
        if (n[rA]) throw n[rA];
        B.write(c) || (await I());
      }
      B.end();
    } catch (c) {
      B.destroy(c);
    } finally {
      n.off('close', Q).off('drain', Q);
    }
  }
  var Mo = class {
    constructor({ abort: e, socket: t, request: r, contentLength: n, client: o, expectsPayload: i, header: s }) {
      (this.socket = t),
        (this.request = r),
        (this.contentLength = n),
        (this.client = o),
        (this.bytesWritten = 0),
        (this.expectsPayload = i),
        (this.header = s),
        (this.abort = e),
        (t[le] = !0);
    }
    write(e) {
      const {
        socket: t,
        request: r,
        contentLength: n,
        client: o,
        bytesWritten: i,
        expectsPayload: s,
        header: g,
      } = this;
      if (t[rA]) throw t[rA];
      if (t.destroyed) return !1;
      const Q = Buffer.byteLength(e);
      if (!Q) return !0;
      if (n !== null && i + Q > n) {
        if (o[yQ]) throw new Oe();
        process.emitWarning(new Oe());
      }
      t.cork(),
        i === 0 &&
          (!s && r.reset !== !1 && (t[iA] = !0),
          n === null
            ? t.write(
                `${g}transfer-encoding: chunked\r
`,
                'latin1',
              )
            : t.write(
                `${g}content-length: ${n}\r
\r
`,
                'latin1',
              )),
        n === null &&
          t.write(
            `\r
${Q.toString(16)}\r
`,
            'latin1',
          ),
        (this.bytesWritten += Q);
      const I = t.write(e);
      return (
        t.uncork(),
        r.onBodySent(e),
        I || (t[x].timeout && t[x].timeoutType === Ut && t[x].timeout.refresh && t[x].timeout.refresh()),
        I
      );
    }
    end() {
      const {
        socket: e,
        contentLength: t,
        client: r,
        bytesWritten: n,
        expectsPayload: o,
        header: i,
        request: s,
      } = this;
      if ((s.onRequestSent(), (e[le] = !1), e[rA])) throw e[rA];
      if (!e.destroyed) {
        if (
          (n === 0
            ? o
              ? e.write(
                  `${i}content-length: 0\r
\r
`,
                  'latin1',
                )
              : e.write(
                  `${i}\r
`,
                  'latin1',
                )
            : t === null &&
              e.write(
                `\r
0\r
\r
`,
                'latin1',
              ),
          t !== null && n !== t)
        ) {
          if (r[yQ]) throw new Oe();
          process.emitWarning(new Oe());
        }
        e[x].timeout && e[x].timeoutType === Ut && e[x].timeout.refresh && e[x].timeout.refresh(), r[jA]();
      }
    }
    destroy(e) {
      const { socket: t, client: r, abort: n } = this;
      (t[le] = !1), e && (m(r[q] <= 1, 'pipeline should only contain this request'), n(e));
    }
  };
  cf.exports = tM;
});
var Sf = w((oW, pf) => {
  var WA = require('node:assert'),
    { pipeline: cM } = require('node:stream'),
    F = $(),
    {
      RequestContentLengthMismatchError: MQ,
      RequestAbortedError: lM,
      SocketError: mr,
      InformationalError: he,
      InvalidArgumentError: hM,
      HeadersTimeoutError: uM,
      BodyTimeoutError: fM,
    } = X(),
    {
      kUrl: Sr,
      kReset: ko,
      kClient: aA,
      kRunning: Nr,
      kPending: dM,
      kQueue: yr,
      kPendingIdx: _e,
      kRunningIdx: OA,
      kError: CA,
      kSocket: G,
      kStrictContentLength: DM,
      kOnError: Mt,
      kMaxConcurrentStreams: TQ,
      kPingInterval: hf,
      kHTTP2Session: $A,
      kHTTP2InitialWindowSize: yM,
      kHTTP2ConnectionWindowSize: wM,
      kResume: JA,
      kSize: pM,
      kHTTPContext: kQ,
      kClosed: bQ,
      kBodyTimeout: SM,
      kHeadersTimeout: mM,
      kEnableConnectProtocol: wr,
      kRemoteSettings: pr,
      kHTTP2Stream: To,
      kHTTP2SessionState: LQ,
    } = QA(),
    { channels: uf } = pt(),
    DA = Symbol('open streams'),
    ff,
    bo;
  try {
    bo = require('node:http2');
  } catch {
    bo = { constants: {} };
  }
  var {
    constants: {
      HTTP2_HEADER_AUTHORITY: NM,
      HTTP2_HEADER_METHOD: df,
      HTTP2_HEADER_PATH: Df,
      HTTP2_HEADER_SCHEME: RQ,
      HTTP2_HEADER_CONTENT_LENGTH: RM,
      HTTP2_HEADER_EXPECT: FM,
      HTTP2_HEADER_STATUS: FQ,
      HTTP2_HEADER_PROTOCOL: UM,
      NGHTTP2_REFUSED_STREAM: MM,
      NGHTTP2_CANCEL: TM,
    },
  } = bo;
  function UQ(A) {
    const e = [];
    for (const [t, r] of Object.entries(A))
      if (Array.isArray(r)) for (const n of r) e.push(Buffer.from(t), Buffer.from(n));
      else e.push(Buffer.from(t), Buffer.from(r));
    return e;
  }
  function bM(A, e) {
    A[G] = e;
    const t = A[yM],
      r = A[wM],
      n = bo.connect(A[Sr], {
        createConnection: () => e,
        peerMaxConcurrentStreams: A[TQ],
        settings: { enablePush: !1, ...(t != null ? { initialWindowSize: t } : null) },
      });
    return (
      (A[G] = e),
      (n[DA] = 0),
      (n[aA] = A),
      (n[G] = e),
      (n[LQ] = { ping: { interval: A[hf] === 0 ? null : setInterval(xM, A[hf], n).unref() } }),
      (n[wr] = !1),
      (n[pr] = !1),
      r && F.addListener(n, 'connect', LM.bind(n, r)),
      F.addListener(n, 'error', HM),
      F.addListener(n, 'frameError', GM),
      F.addListener(n, 'end', VM),
      F.addListener(n, 'goaway', OM),
      F.addListener(n, 'close', JM),
      F.addListener(n, 'remoteSettings', YM),
      n.unref(),
      (A[$A] = n),
      (e[$A] = n),
      F.addListener(e, 'error', PM),
      F.addListener(e, 'end', _M),
      F.addListener(e, 'close', WM),
      (e[bQ] = !1),
      e.on('close', vM),
      {
        version: 'h2',
        defaultPipelining: 1 / 0,
        write(o) {
          return ZM(A, o);
        },
        resume() {
          kM(A);
        },
        destroy(o, i) {
          e[bQ] ? queueMicrotask(i) : e.destroy(o).on('close', i);
        },
        get destroyed() {
          return e.destroyed;
        },
        busy(o) {
          if (o != null)
            if (A[Nr] > 0) {
              if (
                o.idempotent === !1 ||
                ((o.upgrade === 'websocket' || o.method === 'CONNECT') && n[pr] === !1) ||
                (F.bodyLength(o.body) !== 0 &&
                  (F.isStream(o.body) || F.isAsyncIterable(o.body) || F.isFormDataLike(o.body)))
              )
                return !0;
            } else return (o.upgrade === 'websocket' || o.method === 'CONNECT') && n[pr] === !1;
          return !1;
        },
      }
    );
  }
  function kM(A) {
    const e = A[G];
    e?.destroyed === !1 && (A[pM] === 0 ? (e.unref(), A[$A].unref()) : (e.ref(), A[$A].ref()));
  }
  function LM(A) {
    try {
      typeof this.setLocalWindowSize == 'function' && this.setLocalWindowSize(A);
    } catch {}
  }
  function YM(A) {
    if (
      ((this[aA][TQ] = A.maxConcurrentStreams ?? this[aA][TQ]),
      this[pr] === !0 && this[wr] === !0 && A.enableConnectProtocol === !1)
    ) {
      const e = new he('HTTP/2: Server disabled extended CONNECT protocol against RFC-8441');
      (this[G][CA] = e), this[aA][Mt](e);
      return;
    }
    (this[wr] = A.enableConnectProtocol ?? this[wr]), (this[pr] = !0), this[aA][JA]();
  }
  function xM(A) {
    const e = A[LQ];
    if ((A.closed || A.destroyed) && e.ping.interval != null) {
      clearInterval(e.ping.interval), (e.ping.interval = null);
      return;
    }
    A.ping(t.bind(A));
    function t(r, n) {
      const o = this[aA],
        i = this[aA];
      if (r != null) {
        const s = new he(`HTTP/2: "PING" errored - type ${r.message}`);
        (i[CA] = s), o[Mt](s);
      } else o.emit('ping', n);
    }
  }
  function HM(A) {
    (this[G][CA] = A), this[aA][Mt](A);
  }
  function GM(A, e, t) {
    if (t === 0) {
      const r = new he(`HTTP/2: "frameError" received - type ${A}, code ${e}`);
      (this[G][CA] = r), this[aA][Mt](r);
    }
  }
  function VM() {
    const A = new mr('other side closed', F.getSocketInfo(this[G]));
    this.destroy(A), F.destroy(this[G], A);
  }
  function Dr(A, e, t = !1) {
    const r = A[yr],
      n = A[OA];
    if (n < A[_e] && r[n] === e) {
      (r[n] = null), (A[OA] = n + 1);
      return;
    }
    const o = r.indexOf(e, n);
    o === -1 || o >= A[_e] || (r.splice(o, 1), A[_e]--, t && A[_e] < A[OA] && (A[_e] = A[OA]));
  }
  function OM(A) {
    const e = this[CA] || new mr(`HTTP/2: "GOAWAY" frame received with code ${A}`, F.getSocketInfo(this[G])),
      t = this[aA];
    if (((t[G] = null), (t[kQ] = null), this.close(), (this[$A] = null), F.destroy(this[G], e), t[OA] < t[yr].length)) {
      const r = t[yr][t[OA]];
      (t[yr][t[OA]++] = null), r != null && F.errorRequest(t, r, e), (t[_e] = t[OA]);
    }
    WA(t[Nr] === 0), t.emit('disconnect', t[Sr], [t], e), t.emit('connectionError', t[Sr], [t], e), t[JA]();
  }
  function JM() {
    const { [aA]: A, [LQ]: e } = this,
      { [G]: t } = A,
      r = this[G][CA] || this[CA] || new mr('closed', F.getSocketInfo(t));
    if (
      ((A[G] = null),
      (A[kQ] = null),
      e.ping.interval != null && (clearInterval(e.ping.interval), (e.ping.interval = null)),
      A.destroyed)
    ) {
      WA(A[dM] === 0);
      const n = A[yr].splice(A[OA]);
      for (let o = 0; o < n.length; o++) {
        const i = n[o];
        i != null && F.errorRequest(A, i, r);
      }
    }
  }
  function WM() {
    const A = this[CA] || new mr('closed', F.getSocketInfo(this)),
      e = this[$A][aA];
    (e[G] = null),
      (e[kQ] = null),
      this[$A] !== null && this[$A].destroy(A),
      (e[_e] = e[OA]),
      WA(e[Nr] === 0),
      e.emit('disconnect', e[Sr], [e], A),
      e[JA]();
  }
  function PM(A) {
    (this[CA] = A), this[aA][Mt](A);
  }
  function _M() {
    F.destroy(this, new mr('other side closed', F.getSocketInfo(this)));
  }
  function vM() {
    this[bQ] = !0;
  }
  function qM(A) {
    return A !== 'GET' && A !== 'HEAD' && A !== 'OPTIONS' && A !== 'TRACE' && A !== 'CONNECT';
  }
  function ZM(A, e) {
    let t = e.headersTimeout ?? A[mM],
      r = e.bodyTimeout ?? A[SM],
      n = A[$A],
      { method: o, path: i, host: s, upgrade: g, expectContinue: Q, signal: I, protocol: B, headers: c } = e,
      { body: C } = e;
    if (g != null && g !== 'websocket')
      return (F.errorRequest(A, e, new hM(`Custom upgrade "${g}" not supported over HTTP/2`)), !1);
    const h = {};
    for (let N = 0; N < c.length; N += 2) {
      const R = c[N + 0],
        k = c[N + 1];
      if (R === 'cookie') {
        h[R] != null ? (h[R] = Array.isArray(h[R]) ? (h[R].push(k), h[R]) : [h[R], k]) : (h[R] = k);
        continue;
      }
      if (Array.isArray(k)) for (let v = 0; v < k.length; v++) h[R] ? (h[R] += `, ${k[v]}`) : (h[R] = k[v]);
      else h[R] ? (h[R] += `, ${k}`) : (h[R] = k);
    }
    let l = null,
      { hostname: D, port: f } = A[Sr];
    (h[NM] = s || `${D}${f ? `:${f}` : ''}`), (h[df] = o);
    const u = (N) => {
      e.aborted ||
        e.completed ||
        ((N = N || new lM()),
        F.errorRequest(A, e, N),
        l != null && (l.removeAllListeners('data'), l.close(), A[Mt](N), Dr(A, e), A[JA]()),
        F.destroy(C, N));
    };
    try {
      e.onConnect(u);
    } catch (N) {
      F.errorRequest(A, e, N);
    }
    if (e.aborted) return !1;
    if (g || o === 'CONNECT')
      return (
        n.ref(),
        g === 'websocket'
          ? n[wr] === !1
            ? (F.errorRequest(A, e, new he('HTTP/2: Extended CONNECT protocol not supported by server')), n.unref(), !1)
            : ((h[df] = 'CONNECT'),
              (h[UM] = 'websocket'),
              (h[Df] = i),
              B === 'ws:' || B === 'wss:'
                ? (h[RQ] = B === 'ws:' ? 'http' : 'https')
                : (h[RQ] = B === 'http:' ? 'http' : 'https'),
              (l = n.request(h, { endStream: !1, signal: I })),
              (l[To] = !0),
              ++n[DA],
              l.once('response', (N, R) => {
                const { [FQ]: k, ...v } = N;
                try {
                  e.onUpgrade(k, UQ(v), l);
                } catch (Ne) {
                  u(Ne);
                  return;
                }
                Dr(A, e);
              }),
              l.on('error', () => {
                (l.rstCode === MM || l.rstCode === TM) &&
                  u(new he(`HTTP/2: "stream error" received - code ${l.rstCode}`));
              }),
              l.once('close', () => {
                (n[DA] -= 1), n[DA] === 0 && n.unref();
              }),
              l.setTimeout(t),
              !0)
          : ((l = n.request(h, { endStream: !1, signal: I })),
            (l[To] = !0),
            ++n[DA],
            l.on('response', (N) => {
              const { [FQ]: R, ...k } = N;
              try {
                e.onUpgrade(R, UQ(k), l);
              } catch (v) {
                u(v);
                return;
              }
              Dr(A, e);
            }),
            l.on('error', u),
            l.once('close', () => {
              (n[DA] -= 1), n[DA] === 0 && n.unref();
            }),
            l.setTimeout(t),
            !0)
      );
    (h[Df] = i), (h[RQ] = B === 'http:' ? 'http' : 'https');
    const d = o === 'PUT' || o === 'POST' || o === 'PATCH';
    C && typeof C.read == 'function' && C.read(0);
    let p = F.bodyLength(C);
    if (F.isFormDataLike(C)) {
      ff ??= uQ().extractBody;
      const [N, R] = ff(C);
      (h['content-type'] = R), (C = N.stream), (p = N.length);
    }
    if (
      (p == null && (p = e.contentLength),
      d || (p = null),
      qM(o) && p > 0 && e.contentLength != null && e.contentLength !== p)
    ) {
      if (A[DM]) return (F.errorRequest(A, e, new MQ()), !1);
      process.emitWarning(new MQ());
    }
    if (
      (p != null && (WA(C || p === 0, 'no body must not have content length'), (h[RM] = `${p}`)),
      n.ref(),
      uf.sendHeaders.hasSubscribers)
    ) {
      let N = '';
      for (const R in h)
        N += `${R}: ${h[R]}\r
`;
      uf.sendHeaders.publish({ request: e, headers: N, socket: n[G] });
    }
    const b = o === 'GET' || o === 'HEAD' || C === null;
    Q
      ? ((h[FM] = '100-continue'),
        (l = n.request(h, { endStream: b, signal: I })),
        (l[To] = !0),
        l.once('continue', sA))
      : ((l = n.request(h, { endStream: b, signal: I })), (l[To] = !0), sA()),
      ++n[DA],
      l.setTimeout(t);
    let _ = !1;
    return (
      l.once('response', (N) => {
        const { [FQ]: R, ...k } = N;
        if ((e.onResponseStarted(), (_ = !0), l.setTimeout(r), e.aborted)) {
          l.removeAllListeners('data');
          return;
        }
        e.onHeaders(Number(R), UQ(k), l.resume.bind(l), '') === !1 && l.pause(),
          l.on('data', (v) => {
            e.aborted || e.completed || (e.onData(v) === !1 && l.pause());
          });
      }),
      l.once('end', () => {
        l.removeAllListeners('data'),
          _
            ? (!e.aborted && !e.completed && e.onComplete({}), Dr(A, e), A[JA]())
            : (u(new he('HTTP/2: stream half-closed (remote)')), Dr(A, e, !0), A[JA]());
      }),
      l.once('close', () => {
        l.removeAllListeners('data'),
          (n[DA] -= 1),
          n[DA] === 0 && n.unref(),
          !e.aborted && !e.completed && u(new he('HTTP/2: stream closed before the response was complete'));
      }),
      l.once('error', (N) => {
        l.removeAllListeners('data'), u(N);
      }),
      l.once('frameError', (N, R) => {
        l.removeAllListeners('data'), u(new he(`HTTP/2: "frameError" received - type ${N}, code ${R}`));
      }),
      l.on('aborted', () => {
        l.removeAllListeners('data');
      }),
      l.on('timeout', () => {
        const N = _ ? new fM(`HTTP/2: "body timeout after ${r}"`) : new uM(`HTTP/2: "headers timeout after ${t}"`);
        l.removeAllListeners('data'), (n[DA] -= 1), n[DA] === 0 && n.unref(), u(N);
      }),
      l.once('trailers', (N) => {
        e.aborted || e.completed || (l.removeAllListeners('data'), e.onComplete(N));
      }),
      !0
    );
    function sA() {
      !C || p === 0
        ? yf(u, l, null, A, e, A[G], p, d)
        : F.isBuffer(C)
          ? yf(u, l, C, A, e, A[G], p, d)
          : F.isBlobLike(C)
            ? typeof C.stream == 'function'
              ? wf(u, l, C.stream(), A, e, A[G], p, d)
              : KM(u, l, C, A, e, A[G], p, d)
            : F.isStream(C)
              ? XM(u, A[G], d, l, C, A, e, p)
              : F.isIterable(C)
                ? wf(u, l, C, A, e, A[G], p, d)
                : WA(!1);
    }
  }
  function yf(A, e, t, r, n, o, i, s) {
    try {
      t != null &&
        F.isBuffer(t) &&
        (WA(i === t.byteLength, 'buffer body must have content length'),
        e.cork(),
        e.write(t),
        e.uncork(),
        e.end(),
        n.onBodySent(t)),
        s || (o[ko] = !0),
        n.onRequestSent(),
        r[JA]();
    } catch (g) {
      A(g);
    }
  }
  function XM(A, e, t, r, n, o, i, s) {
    WA(s !== 0 || o[Nr] === 0, 'stream body cannot be pipelined');
    const g = cM(n, r, (I) => {
      I ? (F.destroy(g, I), A(I)) : (F.removeAllListeners(g), i.onRequestSent(), t || (e[ko] = !0), o[JA]());
    });
    F.addListener(g, 'data', Q);
    function Q(I) {
      i.onBodySent(I);
    }
  }
  async function KM(A, e, t, r, n, o, i, s) {
    WA(i === t.size, 'blob body must have content length');
    try {
      if (i != null && i !== t.size) throw new MQ();
      const g = Buffer.from(await t.arrayBuffer());
      e.cork(), e.write(g), e.uncork(), e.end(), n.onBodySent(g), n.onRequestSent(), s || (o[ko] = !0), r[JA]();
    } catch (g) {
      A(g);
    }
  }
  async function wf(A, e, t, r, n, o, i, s) {
    WA(i !== 0 || r[Nr] === 0, 'iterator body cannot be pipelined');
    let g = null;
    function Q() {
      if (g) {
        const B = g;
        (g = null), B();
      }
    }
    const I = () =>
      new Promise((B, c) => {
        WA(g === null), o[CA] ? c(o[CA]) : (g = B);
      });
    e.on('close', Q).on('drain', Q);
    try {
      for await (const B of t) {
        if (o[CA]) throw o[CA];
        const c = e.write(B);
        n.onBodySent(B), c || (await I());
      }
      e.end(), n.onRequestSent(), s || (o[ko] = !0), r[JA]();
    } catch (B) {
      A(B);
    } finally {
      e.off('close', Q).off('drain', Q);
    }
  }
  pf.exports = bM;
});
var Yo = w((iW, bf) => {
  var Ae = require('node:assert'),
    Ff = require('node:net'),
    Rr = require('node:http'),
    ve = $(),
    { ClientStats: zM } = Ng(),
    { channels: Tt } = pt(),
    jM = Ph(),
    $M = Ye(),
    { InvalidArgumentError: H, InformationalError: AT, ClientDestroyedError: eT } = X(),
    tT = Ir(),
    {
      kUrl: PA,
      kServerName: de,
      kClient: rT,
      kBusy: xQ,
      kConnect: nT,
      kResuming: qe,
      kRunning: Tr,
      kPending: br,
      kSize: Fr,
      kQueue: UA,
      kConnected: oT,
      kConnecting: bt,
      kNeedDrain: fe,
      kKeepAliveDefaultTimeout: mf,
      kHostHeader: iT,
      kPendingIdx: MA,
      kRunningIdx: te,
      kError: sT,
      kPipelining: Lo,
      kKeepAliveTimeoutValue: gT,
      kMaxHeadersSize: QT,
      kKeepAliveMaxTimeout: ET,
      kKeepAliveTimeoutThreshold: IT,
      kHeadersTimeout: BT,
      kBodyTimeout: aT,
      kStrictContentLength: CT,
      kConnector: Ur,
      kMaxRequests: HQ,
      kCounter: cT,
      kClose: lT,
      kDestroy: hT,
      kDispatch: uT,
      kLocalAddress: Mr,
      kMaxResponseSize: fT,
      kOnError: dT,
      kHTTPContext: P,
      kMaxConcurrentStreams: DT,
      kHTTP2InitialWindowSize: yT,
      kHTTP2ConnectionWindowSize: wT,
      kResume: ee,
      kPingInterval: pT,
    } = QA(),
    ST = lf(),
    mT = Sf(),
    ue = Symbol('kClosedResolve'),
    NT =
      Rr && Rr.maxHeaderSize && Number.isInteger(Rr.maxHeaderSize) && Rr.maxHeaderSize > 0
        ? () => Rr.maxHeaderSize
        : () => {
            throw new H('http module not available or http.maxHeaderSize invalid');
          },
    Nf = () => {};
  function Uf(A) {
    return A[Lo] ?? A[P]?.defaultPipelining ?? 1;
  }
  var GQ = class extends $M {
    constructor(
      e,
      {
        maxHeaderSize: t,
        headersTimeout: r,
        socketTimeout: n,
        requestTimeout: o,
        connectTimeout: i,
        bodyTimeout: s,
        idleTimeout: g,
        keepAlive: Q,
        keepAliveTimeout: I,
        maxKeepAliveTimeout: B,
        keepAliveMaxTimeout: c,
        keepAliveTimeoutThreshold: C,
        socketPath: h,
        pipelining: l,
        tls: D,
        strictContentLength: f,
        maxCachedSessions: u,
        connect: d,
        maxRequestsPerClient: p,
        localAddress: b,
        maxResponseSize: _,
        autoSelectFamily: sA,
        autoSelectFamilyAttemptTimeout: N,
        maxConcurrentStreams: R,
        allowH2: k,
        useH2c: v,
        initialWindowSize: Ne,
        connectionWindowSize: Ht,
        pingInterval: At,
        webSocket: zd,
        eventSource: jd,
      } = {},
    ) {
      if (Q !== void 0) throw new H('unsupported keepAlive, use pipelining=0 instead');
      if (n !== void 0) throw new H('unsupported socketTimeout, use headersTimeout & bodyTimeout instead');
      if (o !== void 0) throw new H('unsupported requestTimeout, use headersTimeout & bodyTimeout instead');
      if (g !== void 0) throw new H('unsupported idleTimeout, use keepAliveTimeout instead');
      if (B !== void 0) throw new H('unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead');
      if (t != null) {
        if (!Number.isInteger(t) || t < 1) throw new H('invalid maxHeaderSize');
      } else t = NT();
      if (h != null && typeof h != 'string') throw new H('invalid socketPath');
      if (i != null && (!Number.isFinite(i) || i < 0)) throw new H('invalid connectTimeout');
      if (I != null && (!Number.isFinite(I) || I <= 0)) throw new H('invalid keepAliveTimeout');
      if (c != null && (!Number.isFinite(c) || c <= 0)) throw new H('invalid keepAliveMaxTimeout');
      if (C != null && !Number.isFinite(C)) throw new H('invalid keepAliveTimeoutThreshold');
      if (r != null && (!Number.isInteger(r) || r < 0))
        throw new H('headersTimeout must be a positive integer or zero');
      if (s != null && (!Number.isInteger(s) || s < 0)) throw new H('bodyTimeout must be a positive integer or zero');
      if (d != null && typeof d != 'function' && typeof d != 'object')
        throw new H('connect must be a function or an object');
      if (p != null && (!Number.isInteger(p) || p < 0)) throw new H('maxRequestsPerClient must be a positive number');
      if (b != null && (typeof b != 'string' || Ff.isIP(b) === 0))
        throw new H('localAddress must be valid string IP address');
      if (_ != null && (!Number.isInteger(_) || _ < -1)) throw new H('maxResponseSize must be a positive number');
      if (N != null && (!Number.isInteger(N) || N < -1))
        throw new H('autoSelectFamilyAttemptTimeout must be a positive number');
      if (k != null && typeof k != 'boolean') throw new H('allowH2 must be a valid boolean value');
      if (R != null && (typeof R != 'number' || R < 1))
        throw new H('maxConcurrentStreams must be a positive integer, greater than 0');
      if (v != null && typeof v != 'boolean') throw new H('useH2c must be a valid boolean value');
      if (Ne != null && (!Number.isInteger(Ne) || Ne < 1))
        throw new H('initialWindowSize must be a positive integer, greater than 0');
      if (Ht != null && (!Number.isInteger(Ht) || Ht < 1))
        throw new H('connectionWindowSize must be a positive integer, greater than 0');
      if (At != null && (typeof At != 'number' || !Number.isInteger(At) || At < 0))
        throw new H('pingInterval must be a positive integer, greater or equal to 0');
      if ((super({ webSocket: zd, eventSource: jd }), typeof d != 'function'))
        d = tT({
          ...D,
          maxCachedSessions: u,
          allowH2: k,
          useH2c: v,
          socketPath: h,
          timeout: i,
          ...(typeof sA == 'boolean' ? { autoSelectFamily: sA, autoSelectFamilyAttemptTimeout: N } : void 0),
          ...d,
        });
      else {
        const Gt = d;
        d = ($d, AD) =>
          Gt({ ...$d, ...(h != null ? { socketPath: h } : null), ...(k != null ? { allowH2: k } : null) }, AD);
      }
      (this[PA] = ve.parseOrigin(e)),
        (this[Ur] = d),
        (this[Lo] = l ?? 1),
        (this[QT] = t),
        (this[mf] = I ?? 4e3),
        (this[ET] = c ?? 6e5),
        (this[IT] = C ?? 2e3),
        (this[gT] = this[mf]),
        (this[de] = null),
        (this[Mr] = b ?? null),
        (this[qe] = 0),
        (this[fe] = 0),
        (this[iT] = `host: ${this[PA].hostname}${this[PA].port ? `:${this[PA].port}` : ''}\r
`),
        (this[aT] = s ?? 3e5),
        (this[BT] = r ?? 3e5),
        (this[CT] = f ?? !0),
        (this[HQ] = p),
        (this[ue] = null),
        (this[fT] = _ > -1 ? _ : -1),
        (this[P] = null),
        (this[DT] = R ?? 100),
        (this[yT] = Ne ?? 262144),
        (this[wT] = Ht ?? 524288),
        (this[pT] = At ?? 6e4),
        (this[UA] = []),
        (this[te] = 0),
        (this[MA] = 0),
        (this[ee] = (Gt) => VQ(this, Gt)),
        (this[dT] = (Gt) => Mf(this, Gt));
    }
    get pipelining() {
      return this[Lo];
    }
    set pipelining(e) {
      (this[Lo] = e), this[ee](!0);
    }
    get stats() {
      return new zM(this);
    }
    get [br]() {
      return this[UA].length - this[MA];
    }
    get [Tr]() {
      return this[MA] - this[te];
    }
    get [Fr]() {
      return this[UA].length - this[te];
    }
    get [oT]() {
      return !!this[P] && !this[bt] && !this[P].destroyed;
    }
    get [xQ]() {
      return !!(this[P]?.busy(null) || this[Fr] >= (Uf(this) || 1) || this[br] > 0);
    }
    [nT](e) {
      Tf(this), this.once('connect', e);
    }
    [uT](e, t) {
      const r = new jM(this[PA].origin, e, t);
      return (
        this[UA].push(r),
        this[qe] ||
          (ve.bodyLength(r.body) == null && ve.isIterable(r.body)
            ? ((this[qe] = 1), queueMicrotask(() => VQ(this)))
            : this[ee](!0)),
        this[qe] && this[fe] !== 2 && this[xQ] && (this[fe] = 2),
        this[fe] < 2
      );
    }
    [lT]() {
      return new Promise((e) => {
        this[Fr] ? (this[ue] = e) : e(null);
      });
    }
    [hT](e) {
      return new Promise((t) => {
        const r = this[UA].splice(this[MA]);
        for (let o = 0; o < r.length; o++) {
          const i = r[o];
          i != null && ve.errorRequest(this, i, e);
        }
        const n = () => {
          this[ue] && (this[ue](), (this[ue] = null)), t(null);
        };
        this[P] ? (this[P].destroy(e, n), (this[P] = null)) : queueMicrotask(n), this[ee]();
      });
    }
  };
  function Mf(A, e) {
    if (A[Tr] === 0 && e.code !== 'UND_ERR_INFO' && e.code !== 'UND_ERR_SOCKET') {
      Ae(A[MA] === A[te]);
      const t = A[UA].splice(A[te]);
      for (let r = 0; r < t.length; r++) {
        const n = t[r];
        n != null && ve.errorRequest(A, n, e);
      }
      Ae(A[Fr] === 0);
    }
  }
  function Tf(A) {
    Ae(!A[bt]), Ae(!A[P]);
    let { host: e, hostname: t, protocol: r, port: n } = A[PA];
    if (t[0] === '[') {
      const o = t.indexOf(']');
      Ae(o !== -1);
      const i = t.substring(1, o);
      Ae(Ff.isIPv6(i)), (t = i);
    }
    (A[bt] = !0),
      Tt.beforeConnect.hasSubscribers &&
        Tt.beforeConnect.publish({
          connectParams: {
            host: e,
            hostname: t,
            protocol: r,
            port: n,
            version: A[P]?.version,
            servername: A[de],
            localAddress: A[Mr],
          },
          connector: A[Ur],
        });
    try {
      A[Ur]({ host: e, hostname: t, protocol: r, port: n, servername: A[de], localAddress: A[Mr] }, (o, i) => {
        if (o) {
          YQ(A, o, { host: e, hostname: t, protocol: r, port: n }), A[ee]();
          return;
        }
        if (A.destroyed) {
          ve.destroy(i.on('error', Nf), new eT()), A[ee]();
          return;
        }
        Ae(i);
        try {
          A[P] = i.alpnProtocol === 'h2' ? mT(A, i) : ST(A, i);
        } catch (s) {
          i.destroy().on('error', Nf), YQ(A, s, { host: e, hostname: t, protocol: r, port: n }), A[ee]();
          return;
        }
        (A[bt] = !1),
          (i[cT] = 0),
          (i[HQ] = A[HQ]),
          (i[rT] = A),
          (i[sT] = null),
          Tt.connected.hasSubscribers &&
            Tt.connected.publish({
              connectParams: {
                host: e,
                hostname: t,
                protocol: r,
                port: n,
                version: A[P]?.version,
                servername: A[de],
                localAddress: A[Mr],
              },
              connector: A[Ur],
              socket: i,
            }),
          A.emit('connect', A[PA], [A]),
          A[ee]();
      });
    } catch (o) {
      YQ(A, o, { host: e, hostname: t, protocol: r, port: n }), A[ee]();
    }
  }
  function YQ(A, e, { host: t, hostname: r, protocol: n, port: o }) {
    if (!A.destroyed) {
      if (
        ((A[bt] = !1),
        Tt.connectError.hasSubscribers &&
          Tt.connectError.publish({
            connectParams: {
              host: t,
              hostname: r,
              protocol: n,
              port: o,
              version: A[P]?.version,
              servername: A[de],
              localAddress: A[Mr],
            },
            connector: A[Ur],
            error: e,
          }),
        e.code === 'ERR_TLS_CERT_ALTNAME_INVALID')
      )
        for (Ae(A[Tr] === 0); A[br] > 0 && A[UA][A[MA]].servername === A[de]; ) {
          const i = A[UA][A[MA]++];
          ve.errorRequest(A, i, e);
        }
      else Mf(A, e);
      A.emit('connectionError', A[PA], [A], e);
    }
  }
  function Rf(A) {
    (A[fe] = 0), A.emit('drain', A[PA], [A]);
  }
  function VQ(A, e) {
    A[qe] !== 2 &&
      ((A[qe] = 2), RT(A, e), (A[qe] = 0), A[te] > 256 && (A[UA].splice(0, A[te]), (A[MA] -= A[te]), (A[te] = 0)));
  }
  function RT(A, e) {
    for (;;) {
      if (A.destroyed) {
        Ae(A[br] === 0);
        return;
      }
      if (A[ue] && !A[Fr]) {
        A[ue](), (A[ue] = null);
        return;
      }
      if ((A[P] && A[P].resume(), A[xQ])) A[fe] = 2;
      else if (A[fe] === 2) {
        e ? ((A[fe] = 1), queueMicrotask(() => Rf(A))) : Rf(A);
        continue;
      }
      if (A[br] === 0 || A[Tr] >= (Uf(A) || 1)) return;
      const t = A[UA][A[MA]];
      if (t === null) return;
      if (A[PA].protocol === 'https:' && A[de] !== t.servername) {
        if (A[Tr] > 0) return;
        (A[de] = t.servername),
          A[P]?.destroy(new AT('servername changed'), () => {
            (A[P] = null), VQ(A);
          });
      }
      if (A[bt]) return;
      if (!A[P]) {
        Tf(A);
        return;
      }
      if (A[P].destroyed || A[P].busy(t)) return;
      !t.aborted && A[P].write(t) ? A[MA]++ : A[UA].splice(A[MA], 1);
    }
  }
  bf.exports = GQ;
});
var Go = w((sW, xf) => {
  var { PoolBase: FT, kClients: xo, kNeedDrain: UT, kAddClient: MT, kGetDispatcher: TT, kRemoveClient: bT } = Gh(),
    kT = Yo(),
    { InvalidArgumentError: OQ } = X(),
    kf = $(),
    { kUrl: Lf } = QA(),
    LT = Ir(),
    Ho = Symbol('options'),
    JQ = Symbol('connections'),
    Yf = Symbol('factory');
  function YT(A, e) {
    return new kT(A, e);
  }
  var WQ = class extends FT {
    constructor(
      e,
      {
        connections: t,
        factory: r = YT,
        connect: n,
        connectTimeout: o,
        tls: i,
        maxCachedSessions: s,
        socketPath: g,
        autoSelectFamily: Q,
        autoSelectFamilyAttemptTimeout: I,
        allowH2: B,
        clientTtl: c,
        ...C
      } = {},
    ) {
      if (t != null && (!Number.isFinite(t) || t < 0)) throw new OQ('invalid connections');
      if (typeof r != 'function') throw new OQ('factory must be a function.');
      if (n != null && typeof n != 'function' && typeof n != 'object')
        throw new OQ('connect must be a function or an object');
      typeof n != 'function' &&
        (n = LT({
          ...i,
          maxCachedSessions: s,
          allowH2: B,
          socketPath: g,
          timeout: o,
          ...(typeof Q == 'boolean' ? { autoSelectFamily: Q, autoSelectFamilyAttemptTimeout: I } : void 0),
          ...n,
        })),
        super(C),
        (this[JQ] = t || null),
        (this[Lf] = kf.parseOrigin(e)),
        (this[Ho] = { ...kf.deepClone(C), connect: n, allowH2: B, clientTtl: c, socketPath: g }),
        (this[Ho].interceptors = C.interceptors ? { ...C.interceptors } : void 0),
        (this[Yf] = r),
        this.on('connect', (h, l) => {
          if (c != null && c > 0) for (const D of l) Object.assign(D, { ttl: Date.now() });
        }),
        this.on('connectionError', (h, l, D) => {
          for (const f of l) {
            const u = this[xo].indexOf(f);
            u !== -1 && this[xo].splice(u, 1);
          }
        });
    }
    [TT]() {
      const e = this[Ho].clientTtl;
      for (const t of this[xo])
        if (e != null && e > 0 && t.ttl && Date.now() - t.ttl > e) this[bT](t);
        else if (!t[UT]) return t;
      if (!this[JQ] || this[xo].length < this[JQ]) {
        const t = this[Yf](this[Lf], this[Ho]);
        return (this[MT](t), t);
      }
    }
  };
  xf.exports = WQ;
});
var vQ = w((gW, Pf) => {
  var { InvalidArgumentError: Vo, MaxOriginsReachedError: xT } = X(),
    { kClients: yA, kRunning: Hf, kClose: HT, kDestroy: GT, kDispatch: VT, kUrl: OT } = QA(),
    JT = Ye(),
    WT = Go(),
    PT = Yo(),
    _T = $(),
    Gf = Symbol('onConnect'),
    Vf = Symbol('onDisconnect'),
    Of = Symbol('onConnectionError'),
    Jf = Symbol('onDrain'),
    Wf = Symbol('factory'),
    PQ = Symbol('options'),
    kr = Symbol('origins');
  function vT(A, e) {
    return e && e.connections === 1 ? new PT(A, e) : new WT(A, e);
  }
  var _Q = class extends JT {
    constructor({ factory: e = vT, maxOrigins: t = 1 / 0, connect: r, tls: n, ...o } = {}) {
      if (typeof e != 'function') throw new Vo('factory must be a function.');
      if (r != null && typeof r != 'function' && typeof r != 'object')
        throw new Vo('connect must be a function or an object');
      if (typeof t != 'number' || Number.isNaN(t) || t <= 0) throw new Vo('maxOrigins must be a number greater than 0');
      super(o),
        r && typeof r != 'function' && (r = { ...r }),
        n && typeof n != 'function' && (n = { ...n }),
        (this[PQ] = { ..._T.deepClone(o), maxOrigins: t, connect: r, tls: n }),
        (this[Wf] = e),
        (this[yA] = new Map()),
        (this[kr] = new Set()),
        (this[Jf] = (i, s) => {
          this.emit('drain', i, [this, ...s]);
        }),
        (this[Gf] = (i, s) => {
          this.emit('connect', i, [this, ...s]);
        }),
        (this[Vf] = (i, s, g) => {
          this.emit('disconnect', i, [this, ...s], g);
        }),
        (this[Of] = (i, s, g) => {
          this.emit('connectionError', i, [this, ...s], g);
        });
    }
    get [Hf]() {
      let e = 0;
      for (const { dispatcher: t } of this[yA].values()) e += t[Hf];
      return e;
    }
    [VT](e, t) {
      let r;
      if (e.origin && (typeof e.origin == 'string' || e.origin instanceof URL)) r = String(e.origin);
      else throw new Vo('opts.origin must be a non-empty string or URL.');
      if (this[kr].size >= this[PQ].maxOrigins && !this[kr].has(r)) throw new xT();
      let n = this[yA].get(r),
        o = n && n.dispatcher;
      if (!o) {
        const i = (s) => {
          const g = this[yA].get(r);
          g &&
            (s && (g.count -= 1),
            g.count <= 0 && (this[yA].delete(r), g.dispatcher.destroyed || g.dispatcher.close()),
            this[kr].delete(r));
        };
        (o = this[Wf](e.origin, this[PQ])
          .on('drain', this[Jf])
          .on('connect', (s, g) => {
            const Q = this[yA].get(r);
            Q && (Q.count += 1), this[Gf](s, g);
          })
          .on('disconnect', (s, g, Q) => {
            i(!0), this[Vf](s, g, Q);
          })
          .on('connectionError', (s, g, Q) => {
            i(!1), this[Of](s, g, Q);
          })),
          this[yA].set(r, { count: 0, dispatcher: o }),
          this[kr].add(r);
      }
      return o.dispatch(e, t);
    }
    [HT]() {
      const e = [];
      for (const { dispatcher: t } of this[yA].values()) e.push(t.close());
      return (this[yA].clear(), Promise.all(e));
    }
    [GT](e) {
      const t = [];
      for (const { dispatcher: r } of this[yA].values()) t.push(r.destroy(e));
      return (this[yA].clear(), Promise.all(t));
    }
    get stats() {
      const e = {};
      for (const { dispatcher: t } of this[yA].values()) t.stats && (e[t[OT].origin] = t.stats);
      return e;
    }
  };
  Pf.exports = _Q;
});
var qf = w((QW, vf) => {
  var { Buffer: ye } = require('node:buffer'),
    qQ = require('node:net'),
    { InvalidArgumentError: De } = X();
  function qT(A) {
    if (qQ.isIPv4(A)) {
      const t = A.split('.').map(Number);
      return { type: 1, buffer: ye.from(t) };
    }
    if (qQ.isIPv6(A)) return { type: 4, buffer: _f(A) };
    const e = ye.from(A, 'utf8');
    if (e.length > 255) throw new De('Domain name too long (max 255 bytes)');
    return { type: 3, buffer: ye.concat([ye.from([e.length]), e]) };
  }
  function _f(A) {
    let e = ye.alloc(16),
      t = A;
    if (A.includes('.')) {
      const n = A.lastIndexOf(':'),
        o = A.slice(n + 1);
      if (qQ.isIPv4(o)) {
        const i = o.split('.').map(Number),
          s = ((i[0] << 8) | i[1]).toString(16),
          g = ((i[2] << 8) | i[3]).toString(16);
        t = `${A.slice(0, n)}:${s}:${g}`;
      }
    }
    const r = t.indexOf('::');
    if (r !== -1) {
      let n = t.slice(0, r),
        o = t.slice(r + 2),
        i = n === '' ? [] : n.split(':'),
        s = o === '' ? [] : o.split(':'),
        g = 0;
      for (const Q of i) e.writeUInt16BE(parseInt(Q, 16), g), (g += 2);
      g = 16 - s.length * 2;
      for (const Q of s) e.writeUInt16BE(parseInt(Q, 16), g), (g += 2);
    } else {
      const n = t.split(':');
      for (let o = 0; o < n.length; o++) e.writeUInt16BE(parseInt(n[o], 16), o * 2);
    }
    return e;
  }
  function ZT(A, e, t) {
    const r = ye.allocUnsafe(2);
    return (r.writeUInt16BE(t, 0), ye.concat([ye.from([A]), e, r]));
  }
  function XT(A, e = 0) {
    if (A.length < e + 1) throw new De('Buffer too small to contain address type');
    let t = A[e],
      r,
      n = e + 1;
    switch (t) {
      case 1: {
        if (A.length < n + 6) throw new De('Buffer too small for IPv4 address');
        (r = Array.from(A.subarray(n, n + 4)).join('.')), (n += 4);
        break;
      }
      case 3: {
        if (A.length < n + 1) throw new De('Buffer too small for domain length');
        const i = A[n];
        if (((n += 1), A.length < n + i + 2)) throw new De('Buffer too small for domain address');
        (r = A.subarray(n, n + i).toString('utf8')), (n += i);
        break;
      }
      case 4: {
        if (A.length < n + 18) throw new De('Buffer too small for IPv6 address');
        const i = [];
        for (let s = 0; s < 8; s++) {
          const g = A.readUInt16BE(n + s * 2);
          i.push(g.toString(16));
        }
        (r = i.join(':')), (n += 16);
        break;
      }
      default:
        throw new De(`Invalid address type: ${t}`);
    }
    if (A.length < n + 2) throw new De('Buffer too small for port');
    const o = A.readUInt16BE(n);
    return ((n += 2), { address: r, port: o, bytesRead: n - e });
  }
  function KT(A) {
    const t =
        {
          1: 'General SOCKS server failure',
          2: 'Connection not allowed by ruleset',
          3: 'Network unreachable',
          4: 'Host unreachable',
          5: 'Connection refused',
          6: 'TTL expired',
          7: 'Command not supported',
          8: 'Address type not supported',
        }[A] || `Unknown SOCKS5 error code: ${A}`,
      r = new Error(t);
    return ((r.code = `SOCKS5_${A}`), r);
  }
  vf.exports = {
    parseAddress: qT,
    parseIPv6: _f,
    buildAddressBuffer: ZT,
    parseResponseAddress: XT,
    createReplyError: KT,
  };
});
var zf = w((EW, Kf) => {
  var { EventEmitter: zT } = require('node:events'),
    { Buffer: Ze } = require('node:buffer'),
    { InvalidArgumentError: kt, Socks5ProxyError: we } = X(),
    { debuglog: jT } = require('node:util'),
    { parseAddress: $T } = qf(),
    re = jT('undici:socks5'),
    Zf = Ze.alloc(0),
    Oo = 5,
    Lt = { NO_AUTH: 0, GSSAPI: 1, USERNAME_PASSWORD: 2, NO_ACCEPTABLE: 255 },
    Xf = { CONNECT: 1, BIND: 2, UDP_ASSOCIATE: 3 },
    Xe = { IPV4: 1, DOMAIN: 3, IPV6: 4 },
    _A = {
      SUCCEEDED: 0,
      GENERAL_FAILURE: 1,
      CONNECTION_NOT_ALLOWED: 2,
      NETWORK_UNREACHABLE: 3,
      HOST_UNREACHABLE: 4,
      CONNECTION_REFUSED: 5,
      TTL_EXPIRED: 6,
      COMMAND_NOT_SUPPORTED: 7,
      ADDRESS_TYPE_NOT_SUPPORTED: 8,
    },
    AA = {
      INITIAL: 'initial',
      HANDSHAKING: 'handshaking',
      AUTHENTICATING: 'authenticating',
      AUTHENTICATED: 'authenticated',
      CONNECTING: 'connecting',
      CONNECTED: 'connected',
      ERROR: 'error',
      CLOSED: 'closed',
    },
    ZQ = class extends zT {
      constructor(e, t = {}) {
        if ((super(), !e)) throw new kt('socket is required');
        (this.socket = e),
          (this.options = t),
          (this.state = AA.INITIAL),
          (this.buffer = Zf),
          (this.onSocketData = this.onData.bind(this)),
          (this.onSocketError = this.onError.bind(this)),
          (this.onSocketClose = this.onClose.bind(this)),
          (this.authMethods = []),
          t.username && t.password && this.authMethods.push(Lt.USERNAME_PASSWORD),
          this.authMethods.push(Lt.NO_AUTH),
          this.socket.on('data', this.onSocketData),
          this.socket.on('error', this.onSocketError),
          this.socket.on('close', this.onSocketClose);
      }
      onData(e) {
        re('received data', e.length, 'bytes in state', this.state), (this.buffer = Ze.concat([this.buffer, e]));
        try {
          switch (this.state) {
            case AA.HANDSHAKING:
              this.handleHandshakeResponse();
              break;
            case AA.AUTHENTICATING:
              this.handleAuthResponse();
              break;
            case AA.CONNECTING:
              this.handleConnectResponse();
              break;
          }
        } catch (t) {
          this.onError(t);
        }
      }
      onError(e) {
        re('socket error', e), (this.state = AA.ERROR), this.emit('error', e), this.destroy();
      }
      onClose() {
        re('socket closed'), (this.state = AA.CLOSED), this.emit('close');
      }
      destroy() {
        this.socket && !this.socket.destroyed && this.socket.destroy();
      }
      markAuthenticated() {
        (this.state = AA.AUTHENTICATED), this.emit('authenticated');
      }
      handshake() {
        if (this.state !== AA.INITIAL) throw new kt('Handshake already started');
        re('starting handshake with', this.authMethods.length, 'auth methods'), (this.state = AA.HANDSHAKING);
        const e = Ze.alloc(2 + this.authMethods.length);
        (e[0] = Oo),
          (e[1] = this.authMethods.length),
          this.authMethods.forEach((t, r) => {
            e[2 + r] = t;
          }),
          this.socket.write(e);
      }
      handleHandshakeResponse() {
        if (this.buffer.length < 2) return;
        const e = this.buffer[0],
          t = this.buffer[1];
        if (e !== Oo) throw new we(`Invalid SOCKS version: ${e}`, 'UND_ERR_SOCKS5_VERSION');
        if (t === Lt.NO_ACCEPTABLE) throw new we('No acceptable authentication method', 'UND_ERR_SOCKS5_AUTH_REJECTED');
        if (((this.buffer = this.buffer.subarray(2)), re('server selected auth method', t), t === Lt.NO_AUTH))
          this.markAuthenticated();
        else if (t === Lt.USERNAME_PASSWORD) (this.state = AA.AUTHENTICATING), this.sendAuthRequest();
        else throw new we(`Unsupported authentication method: ${t}`, 'UND_ERR_SOCKS5_AUTH_METHOD');
      }
      sendAuthRequest() {
        const { username: e, password: t } = this.options;
        if (!e || !t) throw new kt('Username and password required for authentication');
        re('sending username/password auth');
        const r = Ze.from(e),
          n = Ze.from(t);
        if (r.length > 255 || n.length > 255) throw new kt('Username or password too long');
        const o = Ze.alloc(3 + r.length + n.length);
        (o[0] = 1),
          (o[1] = r.length),
          r.copy(o, 2),
          (o[2 + r.length] = n.length),
          n.copy(o, 3 + r.length),
          this.socket.write(o);
      }
      handleAuthResponse() {
        if (this.buffer.length < 2) return;
        const e = this.buffer[0],
          t = this.buffer[1];
        if (e !== 1) throw new we(`Invalid auth sub-negotiation version: ${e}`, 'UND_ERR_SOCKS5_AUTH_VERSION');
        if (t !== 0) throw new we('Authentication failed', 'UND_ERR_SOCKS5_AUTH_FAILED');
        (this.buffer = this.buffer.subarray(2)), re('authentication successful'), this.markAuthenticated();
      }
      connect(e, t) {
        if (this.state === AA.CONNECTING || this.state === AA.CONNECTED) throw new kt('Connection already in progress');
        if (this.state !== AA.AUTHENTICATED) throw new kt('Client must be authenticated before CONNECT');
        re('connecting to', e, t), (this.state = AA.CONNECTING);
        const r = this.buildConnectRequest(Xf.CONNECT, e, t);
        this.socket.write(r);
      }
      buildConnectRequest(e, t, r) {
        const { type: n, buffer: o } = $T(t),
          i = Ze.alloc(4 + o.length + 2);
        return ((i[0] = Oo), (i[1] = e), (i[2] = 0), (i[3] = n), o.copy(i, 4), i.writeUInt16BE(r, 4 + o.length), i);
      }
      handleConnectResponse() {
        if (this.buffer.length < 4) return;
        const e = this.buffer[0],
          t = this.buffer[1],
          r = this.buffer[3];
        if (e !== Oo) throw new we(`Invalid SOCKS version in reply: ${e}`, 'UND_ERR_SOCKS5_REPLY_VERSION');
        let n = 4;
        if (r === Xe.IPV4) n += 6;
        else if (r === Xe.DOMAIN) {
          if (this.buffer.length < 5) return;
          n += 1 + this.buffer[4] + 2;
        } else if (r === Xe.IPV6) n += 18;
        else throw new we(`Invalid address type in reply: ${r}`, 'UND_ERR_SOCKS5_ADDR_TYPE');
        if (this.buffer.length < n) return;
        if (t !== _A.SUCCEEDED) {
          const g = this.getReplyErrorMessage(t);
          throw new we(`SOCKS5 connection failed: ${g}`, `UND_ERR_SOCKS5_REPLY_${t}`);
        }
        let o,
          i = 4;
        if (r === Xe.IPV4) (o = Array.from(this.buffer.subarray(i, i + 4)).join('.')), (i += 4);
        else if (r === Xe.DOMAIN) {
          const g = this.buffer[i];
          (i += 1), (o = this.buffer.subarray(i, i + g).toString()), (i += g);
        } else if (r === Xe.IPV6) {
          const g = [];
          for (let Q = 0; Q < 8; Q++) {
            const I = this.buffer.readUInt16BE(i + Q * 2);
            g.push(I.toString(16));
          }
          (o = g.join(':')), (i += 16);
        }
        const s = this.buffer.readUInt16BE(i);
        (this.buffer = Zf),
          (this.state = AA.CONNECTED),
          this.socket.removeListener('data', this.onSocketData),
          re('connected, bound address:', o, 'port:', s),
          this.emit('connected', { address: o, port: s });
      }
      getReplyErrorMessage(e) {
        switch (e) {
          case _A.GENERAL_FAILURE:
            return 'General SOCKS server failure';
          case _A.CONNECTION_NOT_ALLOWED:
            return 'Connection not allowed by ruleset';
          case _A.NETWORK_UNREACHABLE:
            return 'Network unreachable';
          case _A.HOST_UNREACHABLE:
            return 'Host unreachable';
          case _A.CONNECTION_REFUSED:
            return 'Connection refused';
          case _A.TTL_EXPIRED:
            return 'TTL expired';
          case _A.COMMAND_NOT_SUPPORTED:
            return 'Command not supported';
          case _A.ADDRESS_TYPE_NOT_SUPPORTED:
            return 'Address type not supported';
          default:
            return `Unknown error code: ${e}`;
        }
      }
    };
  Kf.exports = { Socks5Client: ZQ, AUTH_METHODS: Lt, COMMANDS: Xf, ADDRESS_TYPES: Xe, REPLY_CODES: _A, STATES: AA };
});
var id = w((IW, od) => {
  var { URL: jf } = require('node:url'),
    XQ,
    Ab = Ye(),
    { InvalidArgumentError: $f } = X(),
    { Socks5Client: eb, STATES: tb } = zf(),
    { kDispatch: Ad, kClose: rb, kDestroy: nb } = QA(),
    ob = Go(),
    ib = Ir(),
    { debuglog: sb } = require('node:util'),
    pe = sb('undici:socks5-proxy'),
    KQ = Symbol('proxy url'),
    gb = Symbol('proxy headers'),
    ed = Symbol('proxy auth'),
    td = Symbol('proxy protocol'),
    Ke = Symbol('pools'),
    rd = Symbol('connector'),
    zQ = Symbol('request tls settings'),
    nd = !1,
    jQ = class extends Ab {
      constructor(e, t = {}) {
        if (
          (super(),
          nd ||
            (process.emitWarning('SOCKS5 proxy support is experimental and subject to change', 'ExperimentalWarning'),
            (nd = !0)),
          !e)
        )
          throw new $f('Proxy URL is mandatory');
        const r = typeof e == 'string' ? new jf(e) : e;
        if (r.protocol !== 'socks5:' && r.protocol !== 'socks:')
          throw new $f('Proxy URL must use socks5:// or socks:// protocol');
        (this[KQ] = r),
          (this[gb] = t.headers || {}),
          (this[td] = t.proxyTls ? 'https:' : 'http:'),
          (this[zQ] = t.requestTls),
          (this[ed] = {
            username: t.username || (r.username ? decodeURIComponent(r.username) : null),
            password: t.password || (r.password ? decodeURIComponent(r.password) : null),
          }),
          (this[rd] = t.connect || ib({ ...t.proxyTls, servername: t.proxyTls?.servername || r.hostname })),
          (this[Ke] = new Map());
      }
      async createSocks5Connection(e, t) {
        const r = this[KQ].hostname,
          n = parseInt(this[KQ].port) || 1080;
        pe('creating SOCKS5 connection to', r, n);
        const o = await new Promise((s, g) => {
            this[rd]({ hostname: r, host: r, port: n, protocol: this[td] }, (Q, I) => {
              Q ? g(Q) : s(I);
            });
          }),
          i = new eb(o, this[ed]);
        return (
          i.on('error', (s) => {
            pe('SOCKS5 error:', s), o.destroy();
          }),
          await i.handshake(),
          await new Promise((s, g) => {
            const Q = setTimeout(() => {
                g(new Error('SOCKS5 authentication timeout'));
              }, 5e3),
              I = () => {
                clearTimeout(Q), i.removeListener('error', B), s();
              },
              B = (c) => {
                clearTimeout(Q), i.removeListener('authenticated', I), g(c);
              };
            i.state === tb.AUTHENTICATED ? (clearTimeout(Q), s()) : (i.once('authenticated', I), i.once('error', B));
          }),
          await i.connect(e, t),
          await new Promise((s, g) => {
            const Q = setTimeout(() => {
                g(new Error('SOCKS5 connection timeout'));
              }, 5e3),
              I = (c) => {
                pe('SOCKS5 tunnel established to', e, t, 'via', c), clearTimeout(Q), i.removeListener('error', B), s();
              },
              B = (c) => {
                clearTimeout(Q), i.removeListener('connected', I), g(c);
              };
            i.once('connected', I), i.once('error', B);
          }),
          o
        );
      }
      [Ad](e, t) {
        const { origin: r } = e;
        pe('dispatching request to', r, 'via SOCKS5');
        try {
          let n = String(r),
            o = this[Ke].get(n);
          return (
            (!o || o.destroyed || o.closed) &&
              ((o = new ob(r, {
                pipelining: e.pipelining,
                connections: e.connections,
                connect: async (i, s) => {
                  try {
                    const g = new jf(r),
                      Q = g.hostname,
                      I = parseInt(g.port) || (g.protocol === 'https:' ? 443 : 80);
                    pe('establishing SOCKS5 connection to', Q, I);
                    let B = await this.createSocks5Connection(Q, I),
                      c = B;
                    g.protocol === 'https:' &&
                      (XQ || (XQ = require('node:tls')),
                      pe('upgrading to TLS'),
                      (c = XQ.connect({ ...this[zQ], socket: B, servername: this[zQ]?.servername || Q })),
                      await new Promise((C, h) => {
                        c.once('secureConnect', C), c.once('error', h);
                      })),
                      s(null, c);
                  } catch (g) {
                    pe('SOCKS5 connection error:', g), s(g);
                  }
                },
              })),
              this[Ke].set(n, o)),
            o[Ad](e, t)
          );
        } catch (n) {
          if ((pe('dispatch error:', n), typeof t.onResponseError == 'function'))
            return (t.onResponseError(null, n), !1);
          if (typeof t.onError == 'function') return (t.onError(n), !1);
          throw n;
        }
      }
      async [rb]() {
        const e = [];
        for (const t of this[Ke].values()) e.push(t.close());
        this[Ke].clear(), await Promise.all(e);
      }
      async [nb](e) {
        const t = [];
        for (const r of this[Ke].values()) t.push(r.destroy(e));
        this[Ke].clear(), await Promise.all(t);
      }
    };
  od.exports = jQ;
});
var fd = w((BW, ud) => {
  var { kProxy: Yt, kClose: ad, kDestroy: Cd, kDispatch: sd } = QA(),
    Qb = vQ(),
    cd = Go(),
    ld = Ye(),
    { InvalidArgumentError: ze, RequestAbortedError: Eb, SecureProxyConnectionError: Ib } = X(),
    gd = Ir(),
    hd = Yo(),
    { channels: Qd } = pt(),
    Bb = id(),
    Jo = Symbol('proxy agent'),
    Se = Symbol('proxy client'),
    ne = Symbol('proxy headers'),
    $Q = Symbol('request tls settings'),
    Ed = Symbol('proxy tls settings'),
    Id = Symbol('connect endpoint function'),
    Bd = Symbol('tunnel proxy');
  function ab(A) {
    return A === 'https:' ? 443 : 80;
  }
  function Cb(A, e) {
    return new cd(A, e);
  }
  var cb = () => {};
  function lb(A, e) {
    return e.connections === 1 ? new hd(A, e) : new cd(A, e);
  }
  var AE = class extends ld {
      #A;
      constructor(e, { headers: t = {}, connect: r, factory: n }) {
        if (!e) throw new ze('Proxy URL is mandatory');
        super(), (this[ne] = t), n ? (this.#A = n(e, { connect: r })) : (this.#A = new hd(e, { connect: r }));
      }
      [sd](e, t) {
        const r = t.onHeaders;
        t.onHeaders = function (s, g, Q) {
          if (s === 407) {
            typeof t.onError == 'function' && t.onError(new ze('Proxy Authentication Required (407)'));
            return;
          }
          r && r.call(this, s, g, Q);
        };
        const { origin: n, path: o = '/', headers: i = {} } = e;
        if (((e.path = n + o), !('host' in i) && !('Host' in i))) {
          const { host: s } = new URL(n);
          i.host = s;
        }
        return ((e.headers = { ...this[ne], ...i }), this.#A[sd](e, t));
      }
      [ad]() {
        return this.#A.close();
      }
      [Cd](e) {
        return this.#A.destroy(e);
      }
    },
    eE = class extends ld {
      constructor(e) {
        if (!e || (typeof e == 'object' && !(e instanceof URL) && !e.uri)) throw new ze('Proxy uri is mandatory');
        const { clientFactory: t = Cb } = e;
        if (typeof t != 'function') throw new ze('Proxy opts.clientFactory must be a function.');
        const { proxyTunnel: r = !0 } = e;
        super();
        const n = this.#A(e),
          { href: o, origin: i, port: s, protocol: g, username: Q, password: I, hostname: B } = n;
        if (
          ((this[Yt] = { uri: o, protocol: g }),
          (this[$Q] = e.requestTls),
          (this[Ed] = e.proxyTls),
          (this[ne] = e.headers || {}),
          (this[Bd] = r),
          e.auth && e.token)
        )
          throw new ze('opts.auth cannot be used in combination with opts.token');
        e.auth
          ? (this[ne]['proxy-authorization'] = `Basic ${e.auth}`)
          : e.token
            ? (this[ne]['proxy-authorization'] = e.token)
            : Q &&
              I &&
              (this[ne]['proxy-authorization'] =
                `Basic ${Buffer.from(`${decodeURIComponent(Q)}:${decodeURIComponent(I)}`).toString('base64')}`);
        const c = gd({ ...e.proxyTls });
        this[Id] = gd({ ...e.requestTls });
        const C = e.factory || lb,
          h = (l, D) => {
            const { protocol: f } = new URL(l);
            return this[Yt].protocol === 'socks5:' || this[Yt].protocol === 'socks:'
              ? new Bb(this[Yt].uri, {
                  headers: this[ne],
                  connect: c,
                  factory: C,
                  username: e.username || Q,
                  password: e.password || I,
                  proxyTls: e.proxyTls,
                  requestTls: e.requestTls,
                })
              : !this[Bd] && f === 'http:' && this[Yt].protocol === 'http:'
                ? new AE(this[Yt].uri, { headers: this[ne], connect: c, factory: C })
                : C(l, D);
          };
        g === 'socks5:' || g === 'socks:' ? (this[Se] = null) : (this[Se] = t(n, { connect: c })),
          (this[Jo] = new Qb({
            ...e,
            factory: h,
            connect: async (l, D) => {
              if (!this[Se]) {
                D(new ze('Cannot establish tunnel connection without a proxy client'));
                return;
              }
              let f = l.host;
              l.port || (f += `:${ab(l.protocol)}`);
              try {
                const u = {
                    origin: i,
                    port: s,
                    path: f,
                    signal: l.signal,
                    headers: {
                      ...this[ne],
                      host: l.host,
                      ...(l.connections == null || l.connections > 0 ? { 'proxy-connection': 'keep-alive' } : {}),
                    },
                    servername: this[Ed]?.servername || B,
                  },
                  { socket: d, statusCode: p } = await this[Se].connect(u);
                if (p !== 200) {
                  d.on('error', cb).destroy(), D(new Eb(`Proxy response (${p}) !== 200 when HTTP Tunneling`));
                  return;
                }
                if (
                  (Qd.proxyConnected.hasSubscribers && Qd.proxyConnected.publish({ socket: d, connectParams: u }),
                  l.protocol !== 'https:')
                ) {
                  D(null, d);
                  return;
                }
                let b;
                this[$Q] ? (b = this[$Q].servername) : (b = l.servername),
                  this[Id]({ ...l, servername: b, httpSocket: d }, D);
              } catch (u) {
                u.code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? D(new Ib(u)) : D(u);
              }
            },
          }));
      }
      dispatch(e, t) {
        const r = hb(e.headers);
        if ((ub(r), r && !('host' in r) && !('Host' in r))) {
          const { host: n } = new URL(e.origin);
          r.host = n;
        }
        return this[Jo].dispatch({ ...e, headers: r }, t);
      }
      #A(e) {
        return typeof e == 'string' ? new URL(e) : e instanceof URL ? e : new URL(e.uri);
      }
      [ad]() {
        const e = [this[Jo].close()];
        return (this[Se] && e.push(this[Se].close()), Promise.all(e));
      }
      [Cd]() {
        const e = [this[Jo].destroy()];
        return (this[Se] && e.push(this[Se].destroy()), Promise.all(e));
      }
    };
  function hb(A) {
    if (Array.isArray(A)) {
      const e = {};
      for (let t = 0; t < A.length; t += 2) e[A[t]] = A[t + 1];
      return e;
    }
    return A;
  }
  function ub(A) {
    if (A && Object.keys(A).find((t) => t.toLowerCase() === 'proxy-authorization'))
      throw new ze('Proxy-Authorization should be sent in ProxyAgent constructor');
  }
  ud.exports = eE;
});
var pd = w((aW, wd) => {
  var fb = Ye(),
    {
      kClose: db,
      kDestroy: Db,
      kClosed: dd,
      kDestroyed: Dd,
      kDispatch: yb,
      kNoProxyAgent: Lr,
      kHttpProxyAgent: me,
      kHttpsProxyAgent: je,
    } = QA(),
    yd = fd(),
    wb = vQ(),
    pb = { 'http:': 80, 'https:': 443 },
    tE = class extends fb {
      #A = null;
      #e = null;
      #t = null;
      constructor(e = {}) {
        super(), (this.#t = e);
        const { httpProxy: t, httpsProxy: r, noProxy: n, ...o } = e;
        this[Lr] = new wb(o);
        const i = t ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
        i ? (this[me] = new yd({ ...o, uri: i })) : (this[me] = this[Lr]);
        const s = r ?? process.env.https_proxy ?? process.env.HTTPS_PROXY;
        s ? (this[je] = new yd({ ...o, uri: s })) : (this[je] = this[me]), this.#n();
      }
      [yb](e, t) {
        const r = new URL(e.origin);
        return this.#r(r).dispatch(e, t);
      }
      [db]() {
        return Promise.all([this[Lr].close(), !this[me][dd] && this[me].close(), !this[je][dd] && this[je].close()]);
      }
      [Db](e) {
        return Promise.all([
          this[Lr].destroy(e),
          !this[me][Dd] && this[me].destroy(e),
          !this[je][Dd] && this[je].destroy(e),
        ]);
      }
      #r(e) {
        let { protocol: t, host: r, port: n } = e;
        return (
          (r = r.replace(/:\d*$/, '').toLowerCase()),
          (n = Number.parseInt(n, 10) || pb[t] || 0),
          this.#o(r, n) ? (t === 'https:' ? this[je] : this[me]) : this[Lr]
        );
      }
      #o(e, t) {
        if ((this.#i && this.#n(), this.#e.length === 0)) return !0;
        if (this.#A === '*') return !1;
        for (let r = 0; r < this.#e.length; r++) {
          const n = this.#e[r];
          if (!(n.port && n.port !== t) && (e === n.hostname || e.slice(-(n.hostname.length + 1)) === `.${n.hostname}`))
            return !1;
        }
        return !0;
      }
      #n() {
        const e = this.#t.noProxy ?? this.#s,
          t = e.split(/[,\s]/),
          r = [];
        for (let n = 0; n < t.length; n++) {
          const o = t[n];
          if (!o) continue;
          const i = o.match(/^(.+):(\d+)$/);
          r.push({
            hostname: (i ? i[1] : o).replace(/^\*?\./, '').toLowerCase(),
            port: i ? Number.parseInt(i[2], 10) : 0,
          });
        }
        (this.#A = e), (this.#e = r);
      }
      get #i() {
        return this.#t.noProxy !== void 0 ? !1 : this.#A !== this.#s;
      }
      get #s() {
        return process.env.no_proxy ?? process.env.NO_PROXY ?? '';
      }
    };
  wd.exports = tE;
});
var bd = w((CW, Td) => {
  var Rd = require('node:assert'),
    { Readable: Sb } = require('node:stream'),
    { RequestAbortedError: Fd, NotSupportedError: mb, InvalidArgumentError: Nb, AbortError: Wo } = X(),
    Ud = $(),
    { ReadableStreamFrom: Rb } = $(),
    cA = Symbol('kConsume'),
    Po = Symbol('kReading'),
    $e = Symbol('kBody'),
    Sd = Symbol('kAbort'),
    Md = Symbol('kContentType'),
    rE = Symbol('kContentLength'),
    nE = Symbol('kUsed'),
    _o = Symbol('kBytesRead'),
    Fb = () => {},
    oE = class extends Sb {
      constructor({ resume: e, abort: t, contentType: r = '', contentLength: n, highWaterMark: o = 64 * 1024 }) {
        super({ autoDestroy: !0, read: e, highWaterMark: o }),
          (this._readableState.dataEmitted = !1),
          (this[Sd] = t),
          (this[cA] = null),
          (this[_o] = 0),
          (this[$e] = null),
          (this[nE] = !1),
          (this[Md] = r),
          (this[rE] = Number.isFinite(n) ? n : null),
          (this[Po] = !1);
      }
      _destroy(e, t) {
        !e && !this._readableState.endEmitted && (e = new Fd()), e && this[Sd](), this[nE] ? t(e) : setImmediate(t, e);
      }
      on(e, t) {
        return ((e === 'data' || e === 'readable') && ((this[Po] = !0), (this[nE] = !0)), super.on(e, t));
      }
      addListener(e, t) {
        return this.on(e, t);
      }
      off(e, t) {
        const r = super.off(e, t);
        return (
          (e === 'data' || e === 'readable') &&
            (this[Po] = this.listenerCount('data') > 0 || this.listenerCount('readable') > 0),
          r
        );
      }
      removeListener(e, t) {
        return this.off(e, t);
      }
      push(e) {
        return e && ((this[_o] += e.length), this[cA])
          ? (sE(this[cA], e), this[Po] ? super.push(e) : !0)
          : super.push(e);
      }
      text() {
        return Yr(this, 'text');
      }
      json() {
        return Yr(this, 'json');
      }
      blob() {
        return Yr(this, 'blob');
      }
      bytes() {
        return Yr(this, 'bytes');
      }
      arrayBuffer() {
        return Yr(this, 'arrayBuffer');
      }
      async formData() {
        throw new mb();
      }
      get bodyUsed() {
        return Ud.isDisturbed(this);
      }
      get body() {
        return (this[$e] || ((this[$e] = Rb(this)), this[cA] && (this[$e].getReader(), Rd(this[$e].locked))), this[$e]);
      }
      dump(e) {
        const t = e?.signal;
        if (t != null && (typeof t != 'object' || !('aborted' in t)))
          return Promise.reject(new Nb('signal must be an AbortSignal'));
        const r = e?.limit && Number.isFinite(e.limit) ? e.limit : 128 * 1024;
        return t?.aborted
          ? Promise.reject(t.reason ?? new Wo())
          : this._readableState.closeEmitted
            ? Promise.resolve(null)
            : new Promise((n, o) => {
                if ((((this[rE] && this[rE] > r) || this[_o] > r) && this.destroy(new Wo()), t)) {
                  const i = () => {
                    this.destroy(t.reason ?? new Wo());
                  };
                  t.addEventListener('abort', i),
                    this.on('close', () => {
                      t.removeEventListener('abort', i), t.aborted ? o(t.reason ?? new Wo()) : n(null);
                    });
                } else this.on('close', n);
                this.on('error', Fb)
                  .on('data', () => {
                    this[_o] > r && this.destroy();
                  })
                  .resume();
              });
      }
      setEncoding(e) {
        return (Buffer.isEncoding(e) && (this._readableState.encoding = e), this);
      }
    };
  function Ub(A) {
    return A[$e]?.locked === !0 || A[cA] !== null;
  }
  function Mb(A) {
    return Ud.isDisturbed(A) || Ub(A);
  }
  function Yr(A, e) {
    return (
      Rd(!A[cA]),
      new Promise((t, r) => {
        if (Mb(A)) {
          const n = A._readableState;
          n.destroyed && n.closeEmitted === !1
            ? A.on('error', r).on('close', () => {
                r(new TypeError('unusable'));
              })
            : r(n.errored ?? new TypeError('unusable'));
        } else
          queueMicrotask(() => {
            (A[cA] = { type: e, stream: A, resolve: t, reject: r, length: 0, body: [] }),
              A.on('error', function (n) {
                gE(this[cA], n);
              }).on('close', function () {
                this[cA].body !== null && gE(this[cA], new Fd());
              }),
              Tb(A[cA]);
          });
      })
    );
  }
  function Tb(A) {
    if (A.body === null) return;
    const { _readableState: e } = A.stream;
    if (e.bufferIndex) {
      const t = e.bufferIndex,
        r = e.buffer.length;
      for (let n = t; n < r; n++) sE(A, e.buffer[n]);
    } else for (const t of e.buffer) sE(A, t);
    for (
      e.endEmitted
        ? Nd(this[cA], this._readableState.encoding)
        : A.stream.on('end', function () {
            Nd(this[cA], this._readableState.encoding);
          }),
        A.stream.resume();
      A.stream.read() != null;
    );
  }
  function iE(A, e, t) {
    if (A.length === 0 || e === 0) return '';
    const r = A.length === 1 ? A[0] : Buffer.concat(A, e),
      n = r.length,
      o = n > 2 && r[0] === 239 && r[1] === 187 && r[2] === 191 ? 3 : 0;
    return !t || t === 'utf8' || t === 'utf-8' ? r.utf8Slice(o, n) : r.subarray(o, n).toString(t);
  }
  function md(A, e) {
    if (A.length === 0 || e === 0) return new Uint8Array(0);
    if (A.length === 1) return new Uint8Array(A[0]);
    let t = new Uint8Array(Buffer.allocUnsafeSlow(e).buffer),
      r = 0;
    for (let n = 0; n < A.length; ++n) {
      const o = A[n];
      t.set(o, r), (r += o.length);
    }
    return t;
  }
  function Nd(A, e) {
    const { type: t, body: r, resolve: n, stream: o, length: i } = A;
    try {
      t === 'text'
        ? n(iE(r, i, e))
        : t === 'json'
          ? n(JSON.parse(iE(r, i, e)))
          : t === 'arrayBuffer'
            ? n(md(r, i).buffer)
            : t === 'blob'
              ? n(new Blob(r, { type: o[Md] }))
              : t === 'bytes' && n(md(r, i)),
        gE(A);
    } catch (s) {
      o.destroy(s);
    }
  }
  function sE(A, e) {
    (A.length += e.length), A.body.push(e);
  }
  function gE(A, e) {
    A.body !== null &&
      (e ? A.reject(e) : A.resolve(),
      (A.type = null),
      (A.stream = null),
      (A.resolve = null),
      (A.reject = null),
      (A.length = 0),
      (A.body = null));
  }
  Td.exports = { Readable: oE, chunksDecode: iE };
});
var Yd = w((cW, QE) => {
  var bb = require('node:assert'),
    { AsyncResource: kb } = require('node:async_hooks'),
    { Readable: Lb } = bd(),
    { InvalidArgumentError: xt, RequestAbortedError: kd } = X(),
    wA = $();
  function xr() {}
  var vo = class extends kb {
    constructor(e, t) {
      if (!e || typeof e != 'object') throw new xt('invalid opts');
      const { signal: r, method: n, opaque: o, body: i, onInfo: s, responseHeaders: g, highWaterMark: Q } = e;
      try {
        if (typeof t != 'function') throw new xt('invalid callback');
        if (Q != null && (!Number.isFinite(Q) || Q < 0)) throw new xt('invalid highWaterMark');
        if (r && typeof r.on != 'function' && typeof r.addEventListener != 'function')
          throw new xt('signal must be an EventEmitter or EventTarget');
        if (n === 'CONNECT') throw new xt('invalid method');
        if (s && typeof s != 'function') throw new xt('invalid onInfo callback');
        super('UNDICI_REQUEST');
      } catch (I) {
        throw (wA.isStream(i) && wA.destroy(i.on('error', xr), I), I);
      }
      (this.method = n),
        (this.responseHeaders = g || null),
        (this.opaque = o || null),
        (this.callback = t),
        (this.res = null),
        (this.abort = null),
        (this.body = i),
        (this.trailers = {}),
        (this.context = null),
        (this.onInfo = s || null),
        (this.highWaterMark = Q),
        (this.reason = null),
        (this.removeAbortListener = null),
        r?.aborted
          ? (this.reason = r.reason ?? new kd())
          : r &&
            (this.removeAbortListener = wA.addAbortListener(r, () => {
              (this.reason = r.reason ?? new kd()),
                this.res ? wA.destroy(this.res.on('error', xr), this.reason) : this.abort && this.abort(this.reason);
            }));
    }
    onConnect(e, t) {
      if (this.reason) {
        e(this.reason);
        return;
      }
      bb(this.callback), (this.abort = e), (this.context = t);
    }
    onHeaders(e, t, r, n) {
      const { callback: o, opaque: i, abort: s, context: g, responseHeaders: Q, highWaterMark: I } = this,
        B = Q === 'raw' ? wA.parseRawHeaders(t) : wA.parseHeaders(t);
      if (e < 200) {
        this.onInfo && this.onInfo({ statusCode: e, headers: B });
        return;
      }
      const c = Q === 'raw' ? wA.parseHeaders(t) : B,
        C = c['content-type'],
        h = c['content-length'],
        l = new Lb({
          resume: r,
          abort: s,
          contentType: C,
          contentLength: this.method !== 'HEAD' && h ? Number(h) : null,
          highWaterMark: I,
        });
      if (
        (this.removeAbortListener && (l.on('close', this.removeAbortListener), (this.removeAbortListener = null)),
        (this.callback = null),
        (this.res = l),
        o !== null)
      )
        try {
          this.runInAsyncScope(o, null, null, {
            statusCode: e,
            statusText: n,
            headers: B,
            trailers: this.trailers,
            opaque: i,
            body: l,
            context: g,
          });
        } catch (D) {
          (this.res = null),
            wA.destroy(l.on('error', xr), D),
            queueMicrotask(() => {
              throw D;
            });
        }
    }
    onData(e) {
      return this.res.push(e);
    }
    onComplete(e) {
      wA.parseHeaders(e, this.trailers), this.res.push(null);
    }
    onError(e) {
      const { res: t, callback: r, body: n, opaque: o } = this;
      r &&
        ((this.callback = null),
        queueMicrotask(() => {
          this.runInAsyncScope(r, null, e, { opaque: o });
        })),
        t &&
          ((this.res = null),
          queueMicrotask(() => {
            wA.destroy(t.on('error', xr), e);
          })),
        n && ((this.body = null), wA.isStream(n) && (n.on('error', xr), wA.destroy(n, e))),
        this.removeAbortListener && (this.removeAbortListener(), (this.removeAbortListener = null));
    }
  };
  function Ld(A, e) {
    if (e === void 0)
      return new Promise((t, r) => {
        Ld.call(this, A, (n, o) => (n ? r(n) : t(o)));
      });
    try {
      const t = new vo(A, e);
      this.dispatch(A, t);
    } catch (t) {
      if (typeof e != 'function') throw t;
      const r = A?.opaque;
      queueMicrotask(() => e(t, { opaque: r }));
    }
  }
  QE.exports = Ld;
  QE.exports.RequestHandler = vo;
});
var nA = { ok: 0, failure: 1, badInput: 2, refused: 3, transient: 4 },
  L = class extends Error {
    hint;
    exitCode;
    details;
    constructor(e, t = {}) {
      super(e, t.cause === void 0 ? void 0 : { cause: t.cause }),
        (this.name = 'StepError'),
        (this.hint = t.hint),
        (this.exitCode = t.exitCode ?? nA.failure),
        (this.details = t.details ?? []);
    }
  },
  V = class extends L {
    input;
    constructor(e, t, r) {
      super(`Input \`${e}\` ${t}`, { hint: r, exitCode: nA.badInput }), (this.name = 'InputError'), (this.input = e);
    }
  };
function oe(A) {
  return A instanceof Error ? A.message : String(A);
}
var BE = {
    info: '\x1B[34;1m',
    done: '\x1B[32;1m',
    warn: '\x1B[33;1m',
    error: '\x1B[31;1m',
    debug: '\x1B[35;1m',
    reset: '\x1B[0m',
  },
  sD = '[REDACTED]',
  Zo = class {
    values = new Set();
    add(e) {
      e !== void 0 && e.length >= 4 && this.values.add(e);
    }
    redact(e) {
      let t = e;
      for (const r of [...this.values].sort((n, o) => o.length - n.length)) t.includes(r) && (t = t.split(r).join(sD));
      return t;
    }
  },
  Gr = class {
    secrets;
    verbose;
    sink;
    color;
    constructor(e = {}) {
      (this.sink = e.sink ?? process.stdout),
        (this.verbose = e.verbose ?? !1),
        (this.color = e.color ?? process.env.NO_COLOR === void 0),
        (this.secrets = e.secrets ?? new Zo());
    }
    line(e, t) {
      const r = this.secrets.redact(e);
      this.sink.write(
        t && this.color
          ? `${BE[t]}${r}${BE.reset}
`
          : `${r}
`,
      );
    }
    section(e) {
      this.sink.write(`
`),
        this.line(e, 'info');
    }
    print(e) {
      this.line(e);
    }
    done(e) {
      this.line(e, 'done');
    }
    warn(e) {
      this.line(e, 'warn');
    }
    error(e) {
      this.line(e, 'error');
    }
    debug(e) {
      this.verbose && this.line(e, 'debug');
    }
  };
var Vr = class {
    constructor(e, t = Date.now) {
      this.totalMs = e;
      this.now = t;
      this.at = t() + e;
    }
    totalMs;
    now;
    at;
    remainingMs() {
      return Math.max(0, this.at - this.now());
    }
  },
  Xo = (A) => new Promise((e) => setTimeout(e, A));
function gD(A) {
  return A instanceof L && A.exitCode === nA.transient;
}
var ie = class extends L {
  retryAfterMs;
  constructor(e, t = {}) {
    super(e, { hint: t.hint, exitCode: nA.transient, cause: t.cause }),
      (this.name = 'TransientError'),
      (this.retryAfterMs = t.retryAfterMs);
  }
};
async function CE(A, e, t) {
  const r = e.sleep ?? Xo,
    n = e.random ?? Math.random,
    o = e.deadline.totalMs - e.deadline.remainingMs();
  for (let i = 1; ; i++) {
    const s = e.deadline.remainingMs();
    if (s <= 0)
      throw new ie(`${A} did not finish within the time limit of ${aE(e.deadline.totalMs)}.`, {
        hint: 'Raise `timeout_seconds` if the network is slow, or try again later.',
      });
    try {
      return await t(AbortSignal.timeout(Math.min(e.attemptTimeoutMs, s)), i);
    } catch (g) {
      if (!gD(g)) throw g;
      const Q = Math.round(n() * Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (i - 1))),
        I = g instanceof ie ? (g.retryAfterMs ?? 0) : 0,
        B = Math.min(Math.max(Q, I), e.maxDelayMs);
      if (i >= e.attempts || B >= e.deadline.remainingMs()) {
        const C = e.deadline.totalMs - e.deadline.remainingMs() - o;
        throw new L(`${g.message} (gave up after ${i} attempt${i === 1 ? '' : 's'} in ${aE(C)})`, {
          hint: g.hint,
          exitCode: nA.transient,
          details: g.details,
          cause: g,
        });
      }
      e.onRetry?.({ attempt: i, delayMs: B, error: g }), await r(B);
    }
  }
}
function aE(A) {
  return `${(A / 1e3).toFixed(1)} s`;
}
function QD(A, e) {
  if (e instanceof L) {
    A.error(e.message);
    for (const t of e.details) A.print(`  ${t}`);
    return (e.hint && A.warn(`Hint: ${e.hint}`), e.exitCode);
  }
  return (
    A.error(`Unexpected error: ${oe(e)}`),
    e instanceof Error && e.stack && A.debug(e.stack),
    A.warn('Hint: this is a bug in the step; please report it with the log above (run with verbose: "true").'),
    nA.failure
  );
}
function cE(A, e) {
  const t = new Gr();
  e?.(t),
    A(process.env, { log: t, now: Date.now, sleep: Xo })
      .then(
        () => nA.ok,
        (r) => QD(t, r),
      )
      .then((r) => {
        process.exitCode = r;
      });
}
var Xd = require('node:fs/promises');
var tt = require('node:fs'),
  et = require('node:path');
var lE = '(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc)',
  Or = '[\\w+=,.@-]',
  tk = new RegExp(`^arn:${lE}:iam::(\\d{12}):role/((?:${Or}+/)*)(${Or}{1,64})$`);
var rk = new RegExp(`^arn:${lE}:iam::(\\d{12}|aws):policy/(?:${Or}+/)*${Or}{1,128}$`);
function Ko(A, e = 'audience') {
  if (!/^[\x21-\x7e]{1,255}$/.test(A))
    throw new V(
      e,
      `must be one value of printable characters without spaces, got ${JSON.stringify(A)}.`,
      'For AWS it is sts.amazonaws.com, the audience registered on the IAM OIDC provider.',
    );
  return A;
}
var Vt = class {
    constructor(e) {
      this.env = e;
    }
    env;
    shown = [];
    record(e, t, r) {
      const n = t === void 0 ? '' : r ? '[REDACTED]' : t;
      this.shown.push({ key: e, shown: n });
    }
    optional(e, t = {}) {
      const r = this.env[e],
        n = r === void 0 || r.trim() === '' ? void 0 : r.trim();
      return (this.record(e, n, t.sensitive ?? !1), n);
    }
    withDefault(e, t) {
      const r = this.optional(e);
      return r !== void 0 ? r : (this.show(e, `${t} (default)`), t);
    }
    show(e, t) {
      const r = this.shown.find((n) => n.key === e);
      r && (r.shown = t);
    }
    required(e, t, r = {}) {
      const n = this.optional(e, r);
      if (n === void 0) throw new V(e, 'is required but empty.', t);
      return n;
    }
    bool(e, t) {
      const r = this.withDefault(e, String(t));
      if (r === 'true') return !0;
      if (r === 'false') return !1;
      throw new V(e, `must be "true" or "false", got ${JSON.stringify(r)}.`);
    }
    integer(e, t) {
      const r = this.withDefault(e, String(t.fallback));
      if (!/^\d+$/.test(r))
        throw new V(e, `must be a whole number from ${t.min} to ${t.max}, got ${JSON.stringify(r)}.`);
      const n = Number(r);
      if (n < t.min || n > t.max) throw new V(e, `must be from ${t.min} to ${t.max}, got ${r}.`);
      return n;
    }
    lines(e) {
      const t = this.optional(e);
      return t === void 0
        ? []
        : t
            .split(/\r?\n/)
            .map((r) => r.trim())
            .filter((r) => r !== '');
    }
  },
  ED = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
function ID(A) {
  return ED.has(A) || /^127(\.\d{1,3}){3}$/.test(A);
}
function hE(A, e) {
  let t;
  try {
    t = new URL(e);
  } catch {
    throw new V(A, `is not a URL: ${JSON.stringify(e)}.`, 'Expected an https:// URL.');
  }
  if (t.protocol === 'https:' || (t.protocol === 'http:' && ID(t.hostname))) return t;
  throw t.protocol === 'http:'
    ? new V(
        A,
        `uses plain http to ${t.host}: secrets would travel unencrypted.`,
        'Use an https:// URL (plain http is accepted only for loopback addresses such as 127.0.0.1).',
      )
    : new V(A, `must be an https:// URL, got ${JSON.stringify(e)}.`);
}
function uE(A, e) {
  const t = A.optional('build_url'),
    r = A.optional('build_api_token', { sensitive: !0 });
  if (t === void 0)
    throw new L(
      'Not running on Bitrise: `build_url` is empty, so there is no Bitrise API to ask for an identity token.',
      { hint: e, exitCode: nA.badInput },
    );
  const n = hE('build_url', t);
  if (r === void 0)
    throw new V(
      'build_api_token',
      'is required but empty.',
      'Leave it at its default, $BITRISE_BUILD_API_TOKEN, which Bitrise sets for every build.',
    );
  return { kind: 'bitrise', buildUrl: n, apiToken: r };
}
function fE(A) {
  return A.integer('timeout_seconds', { min: 5, max: 3600, fallback: 120 });
}
function BD(A, e, t) {
  const r = (0, et.resolve)(t, e);
  try {
    if ((0, tt.statSync)(r, { throwIfNoEntry: !1 })?.isDirectory()) throw new V(A, `names a folder, not a file: ${r}.`);
    (0, tt.accessSync)((0, et.dirname)(r), tt.constants.W_OK);
  } catch (n) {
    if (n instanceof V) throw n;
    const o = n.code;
    throw new V(
      A,
      `cannot be written: ${o === 'ENOENT' ? `the folder ${(0, et.dirname)(r)} does not exist` : `${(0, et.dirname)(r)} is not writable`}.`,
      'Give a path in a writable folder, such as $BITRISE_DEPLOY_DIR/../identity-token.jwt or $TMPDIR/token.jwt.',
    );
  }
  return r;
}
var aD =
  'This step asks the Bitrise API of the running build for a token, so it only works in a Bitrise build, where BITRISE_BUILD_URL and BITRISE_BUILD_API_TOKEN are set.';
function dE(A, e = process.cwd()) {
  const t = new Vt(A),
    r = Ko(t.required('audience', 'The audience depends on the target: sts.amazonaws.com for AWS, for example.')),
    n = t.optional('token_file'),
    o = n === void 0 ? void 0 : BD('token_file', n, e),
    i = fE(t),
    s = uE(t, aD),
    g = t.bool('verbose', !1);
  return { audience: r, api: s, tokenFile: o, timeoutSeconds: i, verbose: g, shown: t.shown };
}
var ke = require('node:fs/promises'),
  gl = require('node:os'),
  xs = require('node:path');
function W(A) {
  if (typeof A != 'object' || A === null) return !1;
  const e = Object.getPrototypeOf(A);
  return (
    (e === null || e === Object.prototype || Object.getPrototypeOf(e) === null) &&
    !(Symbol.toStringTag in A) &&
    !(Symbol.iterator in A)
  );
}
var DE = require('node:url'),
  rt = (A, e) => {
    const t = jo(CD(A));
    if (typeof t != 'string') throw new TypeError(`${e} must be a string or a file URL: ${t}.`);
    return t;
  },
  CD = (A) => (zo(A) ? A.toString() : A),
  zo = (A) => typeof A != 'string' && A && Object.getPrototypeOf(A) === String.prototype,
  jo = (A) => (A instanceof URL ? (0, DE.fileURLToPath)(A) : A);
var Jr = (A, e = [], t = {}) => {
  const r = rt(A, 'First argument'),
    [n, o] = W(e) ? [[], e] : [e, t];
  if (!Array.isArray(n))
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${n}`);
  if (n.some((g) => typeof g == 'object' && g !== null))
    throw new TypeError(`Second argument must be an array of strings: ${n}`);
  const i = n.map(String),
    s = i.find((g) => g.includes('\0'));
  if (s !== void 0) throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${s}`);
  if (!W(o)) throw new TypeError(`Last argument must be an options object: ${o}`);
  return [r, i, o];
};
var UE = require('node:child_process');
var yE = require('node:string_decoder'),
  { toString: wE } = Object.prototype,
  pE = (A) => wE.call(A) === '[object ArrayBuffer]',
  Z = (A) => wE.call(A) === '[object Uint8Array]',
  vA = (A) => new Uint8Array(A.buffer, A.byteOffset, A.byteLength),
  cD = new TextEncoder(),
  SE = (A) => cD.encode(A),
  lD = new TextDecoder(),
  Wr = (A) => lD.decode(A),
  mE = (A, e) => hD(A, e).join(''),
  hD = (A, e) => {
    if (e === 'utf8' && A.every((o) => typeof o == 'string')) return A;
    const t = new yE.StringDecoder(e),
      r = A.map((o) => (typeof o == 'string' ? SE(o) : o)).map((o) => t.write(o)),
      n = t.end();
    return n === '' ? r : [...r, n];
  },
  Ot = (A) => (A.length === 1 && Z(A[0]) ? A[0] : $o(uD(A))),
  uD = (A) => A.map((e) => (typeof e == 'string' ? SE(e) : e)),
  $o = (A) => {
    let e = new Uint8Array(fD(A)),
      t = 0;
    for (const r of A) e.set(r, t), (t += r.length);
    return e;
  },
  fD = (A) => {
    let e = 0;
    for (const t of A) e += t.length;
    return e;
  };
var ME = (A) => Array.isArray(A) && Array.isArray(A.raw),
  TE = (A, e) => {
    let t = [];
    for (const [o, i] of A.entries()) t = dD({ templates: A, expressions: e, tokens: t, index: o, template: i });
    if (t.length === 0) throw new TypeError('Template script must not be empty');
    const [r, ...n] = t;
    return [r, n, {}];
  },
  dD = ({ templates: A, expressions: e, tokens: t, index: r, template: n }) => {
    if (n === void 0) throw new TypeError(`Invalid backslash sequence: ${A.raw[r]}`);
    const { nextTokens: o, leadingWhitespaces: i, trailingWhitespaces: s } = DD(n, A.raw[r]),
      g = RE(t, o, i);
    if (r === e.length) return g;
    const Q = e[r],
      I = Array.isArray(Q) ? Q.map((B) => FE(B)) : [FE(Q)];
    return RE(g, I, s);
  },
  DD = (A, e) => {
    if (e.length === 0) return { nextTokens: [], leadingWhitespaces: !1, trailingWhitespaces: !1 };
    let t = [],
      r = 0,
      n = NE.has(e[0]);
    for (let i = 0, s = 0; i < A.length; i += 1, s += 1) {
      const g = e[s];
      if (NE.has(g)) r !== i && t.push(A.slice(r, i)), (r = i + 1);
      else if (g === '\\') {
        const Q = e[s + 1];
        Q ===
        `
`
          ? ((i -= 1), (s += 1))
          : Q === 'u' && e[s + 2] === '{'
            ? (s = e.indexOf('}', s + 3))
            : (s += yD[Q] ?? 1);
      }
    }
    const o = r === A.length;
    return (o || t.push(A.slice(r)), { nextTokens: t, leadingWhitespaces: n, trailingWhitespaces: o });
  },
  NE = new Set([
    ' ',
    '	',
    '\r',
    `
`,
  ]),
  yD = { x: 3, u: 5 },
  RE = (A, e, t) =>
    t || A.length === 0 || e.length === 0 ? [...A, ...e] : [...A.slice(0, -1), `${A.at(-1)}${e[0]}`, ...e.slice(1)],
  FE = (A) => {
    const e = typeof A;
    if (e === 'string') return A;
    if (e === 'number') return String(A);
    if (W(A) && ('stdout' in A || 'isMaxBuffer' in A)) return wD(A);
    throw A instanceof UE.ChildProcess || Object.prototype.toString.call(A) === '[object Promise]'
      ? new TypeError(
          'Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.',
        )
      : new TypeError(`Unexpected "${e}" in template expression`);
  },
  wD = ({ stdout: A }) => {
    if (typeof A == 'string') return A;
    if (Z(A)) return Wr(A);
    throw A === void 0
      ? new TypeError(
          `Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`,
        )
      : new TypeError(`Unexpected "${typeof A}" stdout in template expression`);
  };
var JC = require('node:child_process');
var kE = require('node:util');
var Pr = eA(require('node:process'), 1),
  pA = (A) => _r.includes(A),
  _r = [Pr.default.stdin, Pr.default.stdout, Pr.default.stderr],
  lA = ['stdin', 'stdout', 'stderr'],
  vr = (A) => lA[A] ?? `stdio[${A}]`;
var LE = (A) => {
    const e = { ...A };
    for (const t of ti) e[t] = Ai(A, t);
    return e;
  },
  Ai = (A, e) => {
    const t = Array.from({ length: pD(A) + 1 }),
      r = SD(A[e], t, e);
    return UD(r, e);
  },
  pD = ({ stdio: A }) => (Array.isArray(A) ? Math.max(A.length, lA.length) : lA.length),
  SD = (A, e, t) => (W(A) ? mD(A, e, t) : e.fill(A)),
  mD = (A, e, t) => {
    for (const r of Object.keys(A).sort(ND)) for (const n of RD(r, t, e)) e[n] = A[r];
    return e;
  },
  ND = (A, e) => (bE(A) < bE(e) ? 1 : -1),
  bE = (A) => (A === 'stdout' || A === 'stderr' ? 0 : A === 'all' ? 2 : 1),
  RD = (A, e, t) => {
    if (A === 'ipc') return [t.length - 1];
    const r = ei(A);
    if (r === void 0 || r === 0)
      throw new TypeError(`"${e}.${A}" is invalid.
It must be "${e}.stdout", "${e}.stderr", "${e}.all", "${e}.ipc", or "${e}.fd3", "${e}.fd4" (and so on).`);
    if (r >= t.length)
      throw new TypeError(`"${e}.${A}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
    return r === 'all' ? [1, 2] : [r];
  },
  ei = (A) => {
    if (A === 'all') return A;
    if (lA.includes(A)) return lA.indexOf(A);
    const e = FD.exec(A);
    if (e !== null) return Number(e[1]);
  },
  FD = /^fd(\d+)$/,
  UD = (A, e) => A.map((t) => (t === void 0 ? TD[e] : t)),
  MD = (0, kE.debuglog)('execa').enabled ? 'full' : 'none',
  TD = { lines: !1, buffer: !0, maxBuffer: 1e3 * 1e3 * 100, verbose: MD, stripFinalNewline: !0 },
  ti = ['lines', 'buffer', 'maxBuffer', 'verbose', 'stripFinalNewline'],
  qA = (A, e) => (e === 'ipc' ? A.at(-1) : A[e]);
var nt = ({ verbose: A }, e) => ri(A, e) !== 'none',
  ot = ({ verbose: A }, e) => !['none', 'short'].includes(ri(A, e)),
  YE = ({ verbose: A }, e) => {
    const t = ri(A, e);
    return qr(t) ? t : void 0;
  },
  ri = (A, e) => (e === void 0 ? bD(A) : qA(A, e)),
  bD = (A) => A.find((e) => qr(e)) ?? Zr.findLast((e) => A.includes(e)),
  qr = (A) => typeof A == 'function',
  Zr = ['none', 'short', 'full'];
var zE = require('node:util');
var xE = require('node:process'),
  HE = require('node:util'),
  GE = (A, e) => {
    const t = [A, ...e],
      r = t.join(' '),
      n = t.map((o) => GD(VE(o))).join(' ');
    return { command: r, escapedCommand: n };
  },
  Jt = (A) =>
    (0, HE.stripVTControlCharacters)(A)
      .split(`
`)
      .map((e) => VE(e))
      .join(`
`),
  VE = (A) => A.replaceAll(YD, (e) => kD(e)),
  kD = (A) => {
    const e = xD[A];
    if (e !== void 0) return e;
    const t = A.codePointAt(0),
      r = t.toString(16);
    return t <= HD ? `\\u${r.padStart(4, '0')}` : `\\U${r}`;
  },
  LD = () => {
    try {
      return /\p{Separator}|\p{Other}/gu;
    } catch {
      return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
    }
  },
  YD = LD(),
  xD = { ' ': ' ', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '	': '\\t' },
  HD = 65535,
  GD = (A) =>
    VD.test(A) ? A : xE.platform === 'win32' ? `"${A.replaceAll('"', '""')}"` : `'${A.replaceAll("'", "'\\''")}'`,
  VD = /^[\w./-]+$/;
var ni = eA(require('node:process'), 1);
function oi() {
  const { env: A } = ni.default,
    { TERM: e, TERM_PROGRAM: t } = A;
  return ni.default.platform !== 'win32'
    ? e !== 'linux'
    : !!A.WT_SESSION ||
        !!A.TERMINUS_SUBLIME ||
        A.ConEmuTask === '{cmd::Cmder}' ||
        t === 'Terminus-Sublime' ||
        t === 'vscode' ||
        e === 'xterm-256color' ||
        e === 'alacritty' ||
        e === 'rxvt-unicode' ||
        e === 'rxvt-unicode-256color' ||
        A.TERMINAL_EMULATOR === 'JetBrains-JediTerm';
}
var OE = {
    circleQuestionMark: '(?)',
    questionMarkPrefix: '(?)',
    square: '\u2588',
    squareDarkShade: '\u2593',
    squareMediumShade: '\u2592',
    squareLightShade: '\u2591',
    squareTop: '\u2580',
    squareBottom: '\u2584',
    squareLeft: '\u258C',
    squareRight: '\u2590',
    squareCenter: '\u25A0',
    bullet: '\u25CF',
    dot: '\u2024',
    ellipsis: '\u2026',
    pointerSmall: '\u203A',
    triangleUp: '\u25B2',
    triangleUpSmall: '\u25B4',
    triangleDown: '\u25BC',
    triangleDownSmall: '\u25BE',
    triangleLeftSmall: '\u25C2',
    triangleRightSmall: '\u25B8',
    home: '\u2302',
    heart: '\u2665',
    musicNote: '\u266A',
    musicNoteBeamed: '\u266B',
    arrowUp: '\u2191',
    arrowDown: '\u2193',
    arrowLeft: '\u2190',
    arrowRight: '\u2192',
    arrowLeftRight: '\u2194',
    arrowUpDown: '\u2195',
    almostEqual: '\u2248',
    notEqual: '\u2260',
    lessOrEqual: '\u2264',
    greaterOrEqual: '\u2265',
    identical: '\u2261',
    infinity: '\u221E',
    subscriptZero: '\u2080',
    subscriptOne: '\u2081',
    subscriptTwo: '\u2082',
    subscriptThree: '\u2083',
    subscriptFour: '\u2084',
    subscriptFive: '\u2085',
    subscriptSix: '\u2086',
    subscriptSeven: '\u2087',
    subscriptEight: '\u2088',
    subscriptNine: '\u2089',
    oneHalf: '\xBD',
    oneThird: '\u2153',
    oneQuarter: '\xBC',
    oneFifth: '\u2155',
    oneSixth: '\u2159',
    oneEighth: '\u215B',
    twoThirds: '\u2154',
    twoFifths: '\u2156',
    threeQuarters: '\xBE',
    threeFifths: '\u2157',
    threeEighths: '\u215C',
    fourFifths: '\u2158',
    fiveSixths: '\u215A',
    fiveEighths: '\u215D',
    sevenEighths: '\u215E',
    line: '\u2500',
    lineBold: '\u2501',
    lineDouble: '\u2550',
    lineDashed0: '\u2504',
    lineDashed1: '\u2505',
    lineDashed2: '\u2508',
    lineDashed3: '\u2509',
    lineDashed4: '\u254C',
    lineDashed5: '\u254D',
    lineDashed6: '\u2574',
    lineDashed7: '\u2576',
    lineDashed8: '\u2578',
    lineDashed9: '\u257A',
    lineDashed10: '\u257C',
    lineDashed11: '\u257E',
    lineDashed12: '\u2212',
    lineDashed13: '\u2013',
    lineDashed14: '\u2010',
    lineDashed15: '\u2043',
    lineVertical: '\u2502',
    lineVerticalBold: '\u2503',
    lineVerticalDouble: '\u2551',
    lineVerticalDashed0: '\u2506',
    lineVerticalDashed1: '\u2507',
    lineVerticalDashed2: '\u250A',
    lineVerticalDashed3: '\u250B',
    lineVerticalDashed4: '\u254E',
    lineVerticalDashed5: '\u254F',
    lineVerticalDashed6: '\u2575',
    lineVerticalDashed7: '\u2577',
    lineVerticalDashed8: '\u2579',
    lineVerticalDashed9: '\u257B',
    lineVerticalDashed10: '\u257D',
    lineVerticalDashed11: '\u257F',
    lineDownLeft: '\u2510',
    lineDownLeftArc: '\u256E',
    lineDownBoldLeftBold: '\u2513',
    lineDownBoldLeft: '\u2512',
    lineDownLeftBold: '\u2511',
    lineDownDoubleLeftDouble: '\u2557',
    lineDownDoubleLeft: '\u2556',
    lineDownLeftDouble: '\u2555',
    lineDownRight: '\u250C',
    lineDownRightArc: '\u256D',
    lineDownBoldRightBold: '\u250F',
    lineDownBoldRight: '\u250E',
    lineDownRightBold: '\u250D',
    lineDownDoubleRightDouble: '\u2554',
    lineDownDoubleRight: '\u2553',
    lineDownRightDouble: '\u2552',
    lineUpLeft: '\u2518',
    lineUpLeftArc: '\u256F',
    lineUpBoldLeftBold: '\u251B',
    lineUpBoldLeft: '\u251A',
    lineUpLeftBold: '\u2519',
    lineUpDoubleLeftDouble: '\u255D',
    lineUpDoubleLeft: '\u255C',
    lineUpLeftDouble: '\u255B',
    lineUpRight: '\u2514',
    lineUpRightArc: '\u2570',
    lineUpBoldRightBold: '\u2517',
    lineUpBoldRight: '\u2516',
    lineUpRightBold: '\u2515',
    lineUpDoubleRightDouble: '\u255A',
    lineUpDoubleRight: '\u2559',
    lineUpRightDouble: '\u2558',
    lineUpDownLeft: '\u2524',
    lineUpBoldDownBoldLeftBold: '\u252B',
    lineUpBoldDownBoldLeft: '\u2528',
    lineUpDownLeftBold: '\u2525',
    lineUpBoldDownLeftBold: '\u2529',
    lineUpDownBoldLeftBold: '\u252A',
    lineUpDownBoldLeft: '\u2527',
    lineUpBoldDownLeft: '\u2526',
    lineUpDoubleDownDoubleLeftDouble: '\u2563',
    lineUpDoubleDownDoubleLeft: '\u2562',
    lineUpDownLeftDouble: '\u2561',
    lineUpDownRight: '\u251C',
    lineUpBoldDownBoldRightBold: '\u2523',
    lineUpBoldDownBoldRight: '\u2520',
    lineUpDownRightBold: '\u251D',
    lineUpBoldDownRightBold: '\u2521',
    lineUpDownBoldRightBold: '\u2522',
    lineUpDownBoldRight: '\u251F',
    lineUpBoldDownRight: '\u251E',
    lineUpDoubleDownDoubleRightDouble: '\u2560',
    lineUpDoubleDownDoubleRight: '\u255F',
    lineUpDownRightDouble: '\u255E',
    lineDownLeftRight: '\u252C',
    lineDownBoldLeftBoldRightBold: '\u2533',
    lineDownLeftBoldRightBold: '\u252F',
    lineDownBoldLeftRight: '\u2530',
    lineDownBoldLeftBoldRight: '\u2531',
    lineDownBoldLeftRightBold: '\u2532',
    lineDownLeftRightBold: '\u252E',
    lineDownLeftBoldRight: '\u252D',
    lineDownDoubleLeftDoubleRightDouble: '\u2566',
    lineDownDoubleLeftRight: '\u2565',
    lineDownLeftDoubleRightDouble: '\u2564',
    lineUpLeftRight: '\u2534',
    lineUpBoldLeftBoldRightBold: '\u253B',
    lineUpLeftBoldRightBold: '\u2537',
    lineUpBoldLeftRight: '\u2538',
    lineUpBoldLeftBoldRight: '\u2539',
    lineUpBoldLeftRightBold: '\u253A',
    lineUpLeftRightBold: '\u2536',
    lineUpLeftBoldRight: '\u2535',
    lineUpDoubleLeftDoubleRightDouble: '\u2569',
    lineUpDoubleLeftRight: '\u2568',
    lineUpLeftDoubleRightDouble: '\u2567',
    lineUpDownLeftRight: '\u253C',
    lineUpBoldDownBoldLeftBoldRightBold: '\u254B',
    lineUpDownBoldLeftBoldRightBold: '\u2548',
    lineUpBoldDownLeftBoldRightBold: '\u2547',
    lineUpBoldDownBoldLeftRightBold: '\u254A',
    lineUpBoldDownBoldLeftBoldRight: '\u2549',
    lineUpBoldDownLeftRight: '\u2540',
    lineUpDownBoldLeftRight: '\u2541',
    lineUpDownLeftBoldRight: '\u253D',
    lineUpDownLeftRightBold: '\u253E',
    lineUpBoldDownBoldLeftRight: '\u2542',
    lineUpDownLeftBoldRightBold: '\u253F',
    lineUpBoldDownLeftBoldRight: '\u2543',
    lineUpBoldDownLeftRightBold: '\u2544',
    lineUpDownBoldLeftBoldRight: '\u2545',
    lineUpDownBoldLeftRightBold: '\u2546',
    lineUpDoubleDownDoubleLeftDoubleRightDouble: '\u256C',
    lineUpDoubleDownDoubleLeftRight: '\u256B',
    lineUpDownLeftDoubleRightDouble: '\u256A',
    lineCross: '\u2573',
    lineBackslash: '\u2572',
    lineSlash: '\u2571',
  },
  JE = {
    tick: '\u2714',
    info: '\u2139',
    warning: '\u26A0',
    cross: '\u2718',
    squareSmall: '\u25FB',
    squareSmallFilled: '\u25FC',
    circle: '\u25EF',
    circleFilled: '\u25C9',
    circleDotted: '\u25CC',
    circleDouble: '\u25CE',
    circleCircle: '\u24DE',
    circleCross: '\u24E7',
    circlePipe: '\u24BE',
    radioOn: '\u25C9',
    radioOff: '\u25EF',
    checkboxOn: '\u2612',
    checkboxOff: '\u2610',
    checkboxCircleOn: '\u24E7',
    checkboxCircleOff: '\u24BE',
    pointer: '\u276F',
    triangleUpOutline: '\u25B3',
    triangleLeft: '\u25C0',
    triangleRight: '\u25B6',
    lozenge: '\u25C6',
    lozengeOutline: '\u25C7',
    hamburger: '\u2630',
    smiley: '\u32E1',
    mustache: '\u0DF4',
    star: '\u2605',
    play: '\u25B6',
    nodejs: '\u2B22',
    oneSeventh: '\u2150',
    oneNinth: '\u2151',
    oneTenth: '\u2152',
  },
  OD = {
    tick: '\u221A',
    info: 'i',
    warning: '\u203C',
    cross: '\xD7',
    squareSmall: '\u25A1',
    squareSmallFilled: '\u25A0',
    circle: '( )',
    circleFilled: '(*)',
    circleDotted: '( )',
    circleDouble: '( )',
    circleCircle: '(\u25CB)',
    circleCross: '(\xD7)',
    circlePipe: '(\u2502)',
    radioOn: '(*)',
    radioOff: '( )',
    checkboxOn: '[\xD7]',
    checkboxOff: '[ ]',
    checkboxCircleOn: '(\xD7)',
    checkboxCircleOff: '( )',
    pointer: '>',
    triangleUpOutline: '\u2206',
    triangleLeft: '\u25C4',
    triangleRight: '\u25BA',
    lozenge: '\u2666',
    lozengeOutline: '\u25CA',
    hamburger: '\u2261',
    smiley: '\u263A',
    mustache: '\u250C\u2500\u2510',
    star: '\u2736',
    play: '\u25BA',
    nodejs: '\u2666',
    oneSeventh: '1/7',
    oneNinth: '1/9',
    oneTenth: '1/10',
  },
  JD = { ...OE, ...JE },
  WD = { ...OE, ...OD },
  PD = oi(),
  _D = PD ? JD : WD,
  Xr = _D,
  _k = Object.entries(JE);
var WE = eA(require('node:tty'), 1),
  vD = WE.default?.WriteStream?.prototype?.hasColors?.() ?? !1,
  y = (A, e) => {
    if (!vD) return (n) => n;
    const t = `\x1B[${A}m`,
      r = `\x1B[${e}m`;
    return (n) => {
      let o = n + '',
        i = o.indexOf(r);
      if (i === -1) return t + o + r;
      let s = t,
        g = 0,
        I = (e === 22 ? r : '') + t;
      for (; i !== -1; ) (s += o.slice(g, i) + I), (g = i + r.length), (i = o.indexOf(r, g));
      return ((s += o.slice(g) + r), s);
    };
  },
  qk = y(0, 0),
  PE = y(1, 22),
  Zk = y(2, 22),
  Xk = y(3, 23),
  Kk = y(4, 24),
  zk = y('4:2', 24),
  jk = y('4:3', 24),
  $k = y('4:4', 24),
  AL = y('4:5', 24),
  eL = y(53, 55),
  tL = y(7, 27),
  rL = y(8, 28),
  nL = y(9, 29),
  oL = y(30, 39),
  iL = y(31, 39),
  sL = y(32, 39),
  gL = y(33, 39),
  QL = y(34, 39),
  EL = y(35, 39),
  IL = y(36, 39),
  BL = y(37, 39),
  Kr = y(90, 39),
  aL = y(40, 49),
  CL = y(41, 49),
  cL = y(42, 49),
  lL = y(43, 49),
  hL = y(44, 49),
  uL = y(45, 49),
  fL = y(46, 49),
  dL = y(47, 49),
  DL = y(100, 49),
  _E = y(91, 39),
  yL = y(92, 39),
  vE = y(93, 39),
  wL = y(94, 39),
  pL = y(95, 39),
  SL = y(96, 39),
  mL = y(97, 39),
  NL = y(101, 49),
  RL = y(102, 49),
  FL = y(103, 49),
  UL = y(104, 49),
  ML = y(105, 49),
  TL = y(106, 49),
  bL = y(107, 49),
  kL = y('58;5;0', 59),
  LL = y('58;5;1', 59),
  YL = y('58;5;2', 59),
  xL = y('58;5;3', 59),
  HL = y('58;5;4', 59),
  GL = y('58;5;5', 59),
  VL = y('58;5;6', 59),
  OL = y('58;5;7', 59),
  JL = y('58;5;8', 59),
  WL = y('58;5;9', 59),
  PL = y('58;5;10', 59),
  _L = y('58;5;11', 59),
  vL = y('58;5;12', 59),
  qL = y('58;5;13', 59),
  ZL = y('58;5;14', 59),
  XL = y('58;5;15', 59);
var XE = ({
    type: A,
    message: e,
    timestamp: t,
    piped: r,
    commandId: n,
    result: { failed: o = !1 } = {},
    options: { reject: i = !0 },
  }) => {
    const s = qD(t),
      g = ZD[A]({ failed: o, reject: i, piped: r }),
      Q = XD[A]({ reject: i });
    return `${Kr(`[${s}]`)} ${Kr(`[${n}]`)} ${Q(g)} ${Q(e)}`;
  },
  qD = (A) => `${zr(A.getHours(), 2)}:${zr(A.getMinutes(), 2)}:${zr(A.getSeconds(), 2)}.${zr(A.getMilliseconds(), 3)}`,
  zr = (A, e) => String(A).padStart(e, '0'),
  qE = ({ failed: A, reject: e }) => (A ? (e ? Xr.cross : Xr.warning) : Xr.tick),
  ZD = { command: ({ piped: A }) => (A ? '|' : '$'), output: () => ' ', ipc: () => '*', error: qE, duration: qE },
  ZE = (A) => A,
  XD = {
    command: () => PE,
    output: () => ZE,
    ipc: () => ZE,
    error: ({ reject: A }) => (A ? _E : vE),
    duration: () => Kr,
  };
var KE = (A, e, t) => {
    const r = YE(e, t);
    return A.map(({ verboseLine: n, verboseObject: o }) => KD(n, o, r))
      .filter((n) => n !== void 0)
      .map((n) => zD(n))
      .join('');
  },
  KD = (A, e, t) => {
    if (t === void 0) return A;
    const r = t(A, e);
    if (typeof r == 'string') return r;
  },
  zD = (A) =>
    A.endsWith(`
`)
      ? A
      : `${A}
`;
var TA = ({ type: A, verboseMessage: e, fdNumber: t, verboseInfo: r, result: n }) => {
    const o = jD({ type: A, result: n, verboseInfo: r }),
      i = $D(e, o),
      s = KE(i, r, t);
    s !== '' && console.warn(s.slice(0, -1));
  },
  jD = ({
    type: A,
    result: e,
    verboseInfo: {
      escapedCommand: t,
      commandId: r,
      rawOptions: { piped: n = !1, ...o },
    },
  }) => ({ type: A, escapedCommand: t, commandId: `${r}`, timestamp: new Date(), piped: n, result: e, options: o }),
  $D = (A, e) =>
    A.split(`
`).map((t) => Ay({ ...e, message: t })),
  Ay = (A) => ({ verboseLine: XE(A), verboseObject: A }),
  jr = (A) => {
    const e = typeof A == 'string' ? A : (0, zE.inspect)(A);
    return Jt(e).replaceAll('	', ' '.repeat(ey));
  },
  ey = 2;
var jE = (A, e) => {
  nt(e) && TA({ type: 'command', verboseMessage: A, verboseInfo: e });
};
var $E = (A, e, t) => {
    ny(A);
    const r = ty(A);
    return { verbose: A, escapedCommand: e, commandId: r, rawOptions: t };
  },
  ty = (A) => (nt({ verbose: A }) ? ry++ : void 0),
  ry = 0n,
  ny = (A) => {
    for (const e of A) {
      if (e === !1) throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
      if (e === !0) throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
      if (!Zr.includes(e) && !qr(e)) {
        const t = Zr.map((r) => `'${r}'`).join(', ');
        throw new TypeError(`The "verbose" option must not be ${e}. Allowed values are: ${t} or a function.`);
      }
    }
  };
var ii = require('node:process'),
  $r = () => ii.hrtime.bigint(),
  si = (A) => Number(ii.hrtime.bigint() - A) / 1e6;
var An = (A, e, t) => {
  const r = $r(),
    { command: n, escapedCommand: o } = GE(A, e),
    i = Ai(t, 'verbose'),
    s = $E(i, o, { ...t });
  return (jE(o, s), { command: n, escapedCommand: o, startTime: r, verboseInfo: s });
};
var aa = eA(require('node:path'), 1),
  Mi = eA(require('node:process'), 1),
  Ca = eA(OI(), 1);
var Wt = eA(require('node:process'), 1),
  se = eA(require('node:path'), 1);
function tn(A = {}) {
  const { env: e = process.env, platform: t = process.platform } = A;
  return t !== 'win32'
    ? 'PATH'
    : Object.keys(e)
        .reverse()
        .find((r) => r.toUpperCase() === 'PATH') || 'Path';
}
var JI = require('node:util'),
  ui = require('node:child_process'),
  hi = eA(require('node:path'), 1),
  WI = require('node:url'),
  bY = (0, JI.promisify)(ui.execFile);
function rn(A) {
  return A instanceof URL ? (0, WI.fileURLToPath)(A) : A;
}
function PI(A) {
  return {
    *[Symbol.iterator]() {
      let e = hi.default.resolve(rn(A)),
        t;
      for (; t !== e; ) yield e, (t = e), (e = hi.default.resolve(e, '..'));
    },
  };
}
var kY = 10 * 1024 * 1024;
var My = ({
    cwd: A = Wt.default.cwd(),
    path: e = Wt.default.env[tn()],
    preferLocal: t = !0,
    execPath: r = Wt.default.execPath,
    addExecPath: n = !0,
  } = {}) => {
    const o = se.default.resolve(rn(A)),
      i = [],
      s = e.split(se.default.delimiter);
    return (
      t && Ty(i, s, o),
      n && by(i, s, r, o),
      e === '' || e === se.default.delimiter
        ? `${i.join(se.default.delimiter)}${e}`
        : [...i, e].join(se.default.delimiter)
    );
  },
  Ty = (A, e, t) => {
    for (const r of PI(t)) {
      const n = se.default.join(r, 'node_modules/.bin');
      e.includes(n) || A.push(n);
    }
  },
  by = (A, e, t, r) => {
    const n = se.default.resolve(r, rn(t), '..');
    e.includes(n) || A.push(n);
  },
  _I = ({ env: A = Wt.default.env, ...e } = {}) => {
    A = { ...A };
    const t = tn({ env: A });
    return ((e.path = A[t]), (A[t] = My(e)), A);
  };
var sB = require('node:timers/promises');
var vI = (A, e, t) => {
    const r = t ? _t : Pt,
      n = A instanceof SA ? {} : { cause: A };
    return new r(e, n);
  },
  SA = class extends Error {},
  qI = (A, e) => {
    Object.defineProperty(A.prototype, 'name', { value: e, writable: !0, enumerable: !1, configurable: !0 }),
      Object.defineProperty(A.prototype, XI, { value: !0, writable: !1, enumerable: !1, configurable: !1 });
  },
  ZI = (A) => nn(A) && XI in A,
  XI = Symbol('isExecaError'),
  nn = (A) => Object.prototype.toString.call(A) === '[object Error]',
  Pt = class extends Error {};
qI(Pt, Pt.name);
var _t = class extends Error {};
qI(_t, _t.name);
var gt = require('node:os');
var eB = require('node:os');
var KI = () => {
    const A = jI - zI + 1;
    return Array.from({ length: A }, ky);
  },
  ky = (A, e) => ({
    name: `SIGRT${e + 1}`,
    number: zI + e,
    action: 'terminate',
    description: 'Application-specific signal (realtime)',
    standard: 'posix',
  }),
  zI = 34,
  jI = 64;
var AB = require('node:os');
var $I = [
  { name: 'SIGHUP', number: 1, action: 'terminate', description: 'Terminal closed', standard: 'posix' },
  { name: 'SIGINT', number: 2, action: 'terminate', description: 'User interruption with CTRL-C', standard: 'ansi' },
  { name: 'SIGQUIT', number: 3, action: 'core', description: 'User interruption with CTRL-\\', standard: 'posix' },
  { name: 'SIGILL', number: 4, action: 'core', description: 'Invalid machine instruction', standard: 'ansi' },
  { name: 'SIGTRAP', number: 5, action: 'core', description: 'Debugger breakpoint', standard: 'posix' },
  { name: 'SIGABRT', number: 6, action: 'core', description: 'Aborted', standard: 'ansi' },
  { name: 'SIGIOT', number: 6, action: 'core', description: 'Aborted', standard: 'bsd' },
  {
    name: 'SIGBUS',
    number: 7,
    action: 'core',
    description: 'Bus error due to misaligned, non-existing address or paging error',
    standard: 'bsd',
  },
  {
    name: 'SIGEMT',
    number: 7,
    action: 'terminate',
    description: 'Command should be emulated but is not implemented',
    standard: 'other',
  },
  { name: 'SIGFPE', number: 8, action: 'core', description: 'Floating point arithmetic error', standard: 'ansi' },
  { name: 'SIGKILL', number: 9, action: 'terminate', description: 'Forced termination', standard: 'posix', forced: !0 },
  { name: 'SIGUSR1', number: 10, action: 'terminate', description: 'Application-specific signal', standard: 'posix' },
  { name: 'SIGSEGV', number: 11, action: 'core', description: 'Segmentation fault', standard: 'ansi' },
  { name: 'SIGUSR2', number: 12, action: 'terminate', description: 'Application-specific signal', standard: 'posix' },
  { name: 'SIGPIPE', number: 13, action: 'terminate', description: 'Broken pipe or socket', standard: 'posix' },
  { name: 'SIGALRM', number: 14, action: 'terminate', description: 'Timeout or timer', standard: 'posix' },
  { name: 'SIGTERM', number: 15, action: 'terminate', description: 'Termination', standard: 'ansi' },
  {
    name: 'SIGSTKFLT',
    number: 16,
    action: 'terminate',
    description: 'Stack is empty or overflowed',
    standard: 'other',
  },
  {
    name: 'SIGCHLD',
    number: 17,
    action: 'ignore',
    description: 'Child process terminated, paused or unpaused',
    standard: 'posix',
  },
  {
    name: 'SIGCLD',
    number: 17,
    action: 'ignore',
    description: 'Child process terminated, paused or unpaused',
    standard: 'other',
  },
  { name: 'SIGCONT', number: 18, action: 'unpause', description: 'Unpaused', standard: 'posix', forced: !0 },
  { name: 'SIGSTOP', number: 19, action: 'pause', description: 'Paused', standard: 'posix', forced: !0 },
  { name: 'SIGTSTP', number: 20, action: 'pause', description: 'Paused using CTRL-Z or "suspend"', standard: 'posix' },
  {
    name: 'SIGTTIN',
    number: 21,
    action: 'pause',
    description: 'Background process cannot read terminal input',
    standard: 'posix',
  },
  {
    name: 'SIGBREAK',
    number: 21,
    action: 'terminate',
    description: 'User interruption with CTRL-BREAK',
    standard: 'other',
  },
  {
    name: 'SIGTTOU',
    number: 22,
    action: 'pause',
    description: 'Background process cannot write to terminal output',
    standard: 'posix',
  },
  { name: 'SIGURG', number: 23, action: 'ignore', description: 'Socket received out-of-band data', standard: 'bsd' },
  { name: 'SIGXCPU', number: 24, action: 'core', description: 'Process timed out', standard: 'bsd' },
  { name: 'SIGXFSZ', number: 25, action: 'core', description: 'File too big', standard: 'bsd' },
  { name: 'SIGVTALRM', number: 26, action: 'terminate', description: 'Timeout or timer', standard: 'bsd' },
  { name: 'SIGPROF', number: 27, action: 'terminate', description: 'Timeout or timer', standard: 'bsd' },
  { name: 'SIGWINCH', number: 28, action: 'ignore', description: 'Terminal window size changed', standard: 'bsd' },
  { name: 'SIGIO', number: 29, action: 'terminate', description: 'I/O is available', standard: 'other' },
  { name: 'SIGPOLL', number: 29, action: 'terminate', description: 'Watched event', standard: 'other' },
  { name: 'SIGINFO', number: 29, action: 'ignore', description: 'Request for process information', standard: 'other' },
  { name: 'SIGPWR', number: 30, action: 'terminate', description: 'Device running out of power', standard: 'systemv' },
  { name: 'SIGSYS', number: 31, action: 'core', description: 'Invalid system call', standard: 'other' },
  { name: 'SIGUNUSED', number: 31, action: 'terminate', description: 'Invalid system call', standard: 'other' },
];
var fi = () => {
    const A = KI();
    return [...$I, ...A].map(Ly);
  },
  Ly = ({ name: A, number: e, description: t, action: r, forced: n = !1, standard: o }) => {
    const {
        signals: { [A]: i },
      } = AB.constants,
      s = i !== void 0;
    return { name: A, number: s ? i : e, description: t, supported: s, action: r, forced: n, standard: o };
  };
var Yy = () => {
    const A = fi();
    return Object.fromEntries(A.map(xy));
  },
  xy = ({ name: A, number: e, description: t, supported: r, action: n, forced: o, standard: i }) => [
    A,
    { name: A, number: e, description: t, supported: r, action: n, forced: o, standard: i },
  ],
  tB = Yy(),
  Hy = () => {
    const A = fi(),
      e = 65,
      t = Array.from({ length: e }, (r, n) => Gy(n, A));
    return Object.assign({}, ...t);
  },
  Gy = (A, e) => {
    const t = Vy(A, e);
    if (t === void 0) return {};
    const { name: r, description: n, supported: o, action: i, forced: s, standard: g } = t;
    return { [A]: { name: r, number: A, description: n, supported: o, action: i, forced: s, standard: g } };
  },
  Vy = (A, e) => {
    const t = e.find(({ name: r }) => eB.constants.signals[r] === A);
    return t !== void 0 ? t : e.find((r) => r.number === A);
  },
  qY = Hy();
var nB = (A) => {
    const e = 'option `killSignal`';
    if (A === 0) throw new TypeError(`Invalid ${e}: 0 cannot be used.`);
    return iB(A, e);
  },
  oB = (A) => (A === 0 ? A : iB(A, "`subprocess.kill()`'s argument")),
  iB = (A, e) => {
    if (Number.isInteger(A)) return Oy(A, e);
    if (typeof A == 'string') return Wy(A, e);
    throw new TypeError(`Invalid ${e} ${String(A)}: it must be a string or an integer.
${di()}`);
  },
  Oy = (A, e) => {
    if (rB.has(A)) return rB.get(A);
    throw new TypeError(`Invalid ${e} ${A}: this signal integer does not exist.
${di()}`);
  },
  Jy = () =>
    new Map(
      Object.entries(gt.constants.signals)
        .reverse()
        .map(([A, e]) => [e, A]),
    ),
  rB = Jy(),
  Wy = (A, e) => {
    if (A in gt.constants.signals) return A;
    throw A.toUpperCase() in gt.constants.signals
      ? new TypeError(`Invalid ${e} '${A}': please rename it to '${A.toUpperCase()}'.`)
      : new TypeError(`Invalid ${e} '${A}': this signal name does not exist.
${di()}`);
  },
  di = () => `Available signal names: ${Py()}.
Available signal numbers: ${_y()}.`,
  Py = () =>
    Object.keys(gt.constants.signals)
      .sort()
      .map((A) => `'${A}'`)
      .join(', '),
  _y = () => [...new Set(Object.values(gt.constants.signals).sort((A, e) => A - e))].join(', '),
  on = (A) => tB[A].description;
var gB = (A) => {
    if (A === !1) return A;
    if (A === !0) return vy;
    if (!Number.isFinite(A) || A < 0)
      throw new TypeError(
        `Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${A}\` (${typeof A})`,
      );
    return A;
  },
  vy = 1e3 * 5,
  QB = (
    { kill: A, options: { forceKillAfterDelay: e, killSignal: t }, onInternalError: r, context: n, controller: o },
    i,
    s,
  ) => {
    const { signal: g, error: Q } = qy(i, s, t);
    Zy(Q, r);
    const I = A(g);
    return (
      Xy({ kill: A, signal: g, forceKillAfterDelay: e, killSignal: t, killResult: I, context: n, controller: o }), I
    );
  },
  qy = (A, e, t) => {
    const [r = t, n] = nn(A) ? [void 0, A] : [A, e];
    if (typeof r != 'string' && !Number.isInteger(r))
      throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(r)}`);
    if (n !== void 0 && !nn(n))
      throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${n}`);
    return { signal: oB(r), error: n };
  },
  Zy = (A, e) => {
    A !== void 0 && e.reject(A);
  },
  Xy = async ({
    kill: A,
    signal: e,
    forceKillAfterDelay: t,
    killSignal: r,
    killResult: n,
    context: o,
    controller: i,
  }) => {
    e === r && n && Di({ kill: A, forceKillAfterDelay: t, context: o, controllerSignal: i.signal });
  },
  Di = async ({ kill: A, forceKillAfterDelay: e, context: t, controllerSignal: r }) => {
    if (e !== !1)
      try {
        await (0, sB.setTimeout)(e, void 0, { signal: r }), A('SIGKILL') && (t.isForcefullyTerminated ??= !0);
      } catch {}
  };
var EB = require('node:events'),
  sn = async (A, e) => {
    A.aborted || (await (0, EB.once)(A, 'abort', { signal: e }));
  };
var IB = ({ cancelSignal: A }) => {
    if (A !== void 0 && Object.prototype.toString.call(A) !== '[object AbortSignal]')
      throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(A)}`);
  },
  BB = ({ subprocess: A, cancelSignal: e, gracefulCancel: t, context: r, controller: n }) =>
    e === void 0 || t ? [] : [Ky(A, e, r, n)],
  Ky = async (A, e, t, { signal: r }) => {
    throw (await sn(e, r), (t.terminationReason ??= 'cancel'), A.kill(), e.reason);
  };
var _B = require('node:timers/promises');
var WB = require('node:util');
var Qt = ({ methodName: A, isSubprocess: e, ipc: t, isConnected: r }) => {
    zy(A, e, t), yi(A, e, r);
  },
  zy = (A, e, t) => {
    if (!t) throw new Error(`${mA(A, e)} can only be used if the \`ipc\` option is \`true\`.`);
  },
  yi = (A, e, t) => {
    if (!t) throw new Error(`${mA(A, e)} cannot be used: the ${ge(e)} has already exited or disconnected.`);
  },
  aB = (A) => {
    throw new Error(`${mA('getOneMessage', A)} could not complete: the ${ge(A)} exited or disconnected.`);
  },
  CB = (A) => {
    throw new Error(`${mA('sendMessage', A)} failed: the ${ge(A)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${mA('getOneMessage', A)},
	${mA('sendMessage', A, 'message, {strict: true}')},
]);`);
  },
  gn = (A, e) =>
    new Error(`${mA('sendMessage', e)} failed when sending an acknowledgment response to the ${ge(e)}.`, { cause: A }),
  cB = (A) => {
    throw new Error(`${mA('sendMessage', A)} failed: the ${ge(A)} is not listening to incoming messages.`);
  },
  lB = (A) => {
    throw new Error(`${mA('sendMessage', A)} failed: the ${ge(A)} exited without listening to incoming messages.`);
  },
  hB = () => new Error(`\`cancelSignal\` aborted: the ${ge(!0)} disconnected.`),
  uB = () => {
    throw new Error('`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.');
  },
  fB = ({ error: A, methodName: e, isSubprocess: t }) => {
    if (A.code === 'EPIPE') throw new Error(`${mA(e, t)} cannot be used: the ${ge(t)} is disconnecting.`, { cause: A });
  },
  dB = ({ error: A, methodName: e, isSubprocess: t, message: r }) => {
    if (jy(A))
      throw new Error(`${mA(e, t)}'s argument type is invalid: the message cannot be serialized: ${String(r)}.`, {
        cause: A,
      });
  },
  jy = ({ code: A, message: e }) => $y.has(A) || Aw.some((t) => e.includes(t)),
  $y = new Set(['ERR_MISSING_ARGS', 'ERR_INVALID_ARG_TYPE']),
  Aw = ['could not be cloned', 'circular structure', 'call stack size exceeded'],
  mA = (A, e, t = '') => (A === 'cancelSignal' ? "`cancelSignal`'s `controller.abort()`" : `${ew(e)}${A}(${t})`),
  ew = (A) => (A ? '' : 'subprocess.'),
  ge = (A) => (A ? 'parent process' : 'subprocess'),
  Et = (A) => {
    A.connected && A.disconnect();
  };
var bA = () => {
  const A = {},
    e = new Promise((t, r) => {
      Object.assign(A, { resolve: t, reject: r });
    });
  return Object.assign(e, A);
};
var En = (A, e = 'stdin') => {
    const { options: r, fileDescriptors: n } = kA.get(A),
      o = DB(n, e, !0),
      i = A.stdio[o];
    if (i === null) throw new TypeError(yB(o, e, r, !0));
    return i;
  },
  It = (A, e = 'stdout') => {
    const { options: r, fileDescriptors: n } = kA.get(A),
      o = DB(n, e, !1),
      i = o === 'all' ? A.all : A.stdio[o];
    if (i == null) throw new TypeError(yB(o, e, r, !1));
    return i;
  },
  kA = new WeakMap(),
  DB = (A, e, t) => {
    const r = tw(e, t);
    return (rw(r, e, t, A), r);
  },
  tw = (A, e) => {
    const t = ei(A);
    if (t !== void 0) return t;
    const { validOptions: r, defaultValue: n } = e
      ? { validOptions: '"stdin"', defaultValue: 'stdin' }
      : { validOptions: '"stdout", "stderr", "all"', defaultValue: 'stdout' };
    throw new TypeError(`"${vt(e)}" must not be "${A}".
It must be ${r} or "fd3", "fd4" (and so on).
It is optional and defaults to "${n}".`);
  },
  rw = (A, e, t, r) => {
    const n = r[wB(A)];
    if (n === void 0)
      throw new TypeError(`"${vt(t)}" must not be ${e}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
    if (n.direction === 'input' && !t)
      throw new TypeError(`"${vt(t)}" must not be ${e}. It must be a readable stream, not writable.`);
    if (n.direction !== 'input' && t)
      throw new TypeError(`"${vt(t)}" must not be ${e}. It must be a writable stream, not readable.`);
  },
  yB = (A, e, t, r) => {
    if (A === 'all' && !t.all) return `The "all" option must be true to use "from: 'all'".`;
    const { optionName: n, optionValue: o } = nw(A, t);
    return `The "${n}: ${Qn(o)}" option is incompatible with using "${vt(r)}: ${Qn(e)}".
Please set this option with "pipe" instead.`;
  },
  nw = (A, { stdin: e, stdout: t, stderr: r, stdio: n }) => {
    const o = wB(A);
    return o === 0 && e !== void 0
      ? { optionName: 'stdin', optionValue: e }
      : o === 1 && t !== void 0
        ? { optionName: 'stdout', optionValue: t }
        : o === 2 && r !== void 0
          ? { optionName: 'stderr', optionValue: r }
          : { optionName: `stdio[${o}]`, optionValue: n[o] };
  },
  wB = (A) => (A === 'all' ? 1 : A),
  vt = (A) => (A ? 'to' : 'from'),
  Qn = (A) => (typeof A == 'string' ? `'${A}'` : typeof A == 'number' ? `${A}` : 'Stream');
var YB = require('node:events');
var pB = require('node:events'),
  Re = (A, e, t) => {
    const r = A.getMaxListeners();
    r === 0 ||
      r === Number.POSITIVE_INFINITY ||
      (A.setMaxListeners(r + e),
      (0, pB.addAbortListener)(t, () => {
        A.setMaxListeners(A.getMaxListeners() - e);
      }));
  };
var LB = require('node:events');
var NB = require('node:events'),
  RB = require('node:timers/promises');
var In = (A, e) => {
    e && wi(A);
  },
  wi = (A) => {
    A.refCounted();
  },
  Bn = (A, e) => {
    e && pi(A);
  },
  pi = (A) => {
    A.unrefCounted();
  },
  SB = (A, e) => {
    e && (pi(A), pi(A));
  },
  mB = (A, e) => {
    e && (wi(A), wi(A));
  };
var FB = async ({ anyProcess: A, channel: e, isSubprocess: t, ipcEmitter: r }, n) => {
    if (TB(n) || kB(n)) return;
    an.has(A) || an.set(A, []);
    const o = an.get(A);
    if ((o.push(n), !(o.length > 1)))
      for (; o.length > 0; ) {
        await bB(A, r, n), await RB.scheduler.yield();
        const i = await MB({ wrappedMessage: o[0], anyProcess: A, channel: e, isSubprocess: t, ipcEmitter: r });
        o.shift(), r.emit('message', i), r.emit('message:done');
      }
  },
  UB = async ({ anyProcess: A, channel: e, isSubprocess: t, ipcEmitter: r, boundOnMessage: n }) => {
    Si();
    const o = an.get(A);
    for (; o?.length > 0; ) await (0, NB.once)(r, 'message:done');
    A.removeListener('message', n), mB(e, t), (r.connected = !1), r.emit('disconnect');
  },
  an = new WeakMap();
var Qe = (A, e, t) => {
    if (Cn.has(A)) return Cn.get(A);
    const r = new LB.EventEmitter();
    return ((r.connected = !0), Cn.set(A, r), ow({ ipcEmitter: r, anyProcess: A, channel: e, isSubprocess: t }), r);
  },
  Cn = new WeakMap(),
  ow = ({ ipcEmitter: A, anyProcess: e, channel: t, isSubprocess: r }) => {
    const n = FB.bind(void 0, { anyProcess: e, channel: t, isSubprocess: r, ipcEmitter: A });
    e.on('message', n),
      e.once(
        'disconnect',
        UB.bind(void 0, { anyProcess: e, channel: t, isSubprocess: r, ipcEmitter: A, boundOnMessage: n }),
      ),
      SB(t, r);
  },
  cn = (A) => {
    const e = Cn.get(A);
    return e === void 0 ? A.channel !== null : e.connected;
  };
var xB = ({ anyProcess: A, channel: e, isSubprocess: t, message: r, strict: n }) => {
    if (!n) return r;
    const o = Qe(A, e, t),
      i = un(A, o);
    return { id: iw++, type: hn, message: r, hasListeners: i };
  },
  iw = 0n,
  HB = (A, e) => {
    if (!(e?.type !== hn || e.hasListeners))
      for (const { id: t } of A) t !== void 0 && ln[t].resolve({ isDeadlock: !0, hasListeners: !1 });
  },
  MB = async ({ wrappedMessage: A, anyProcess: e, channel: t, isSubprocess: r, ipcEmitter: n }) => {
    if (A?.type !== hn || !e.connected) return A;
    const { id: o, message: i } = A,
      s = { id: o, type: VB, message: un(e, n) };
    try {
      await fn({ anyProcess: e, channel: t, isSubprocess: r, ipc: !0 }, s);
    } catch (g) {
      n.emit('strict:error', g);
    }
    return i;
  },
  TB = (A) => {
    if (A?.type !== VB) return !1;
    const { id: e, message: t } = A;
    return (ln[e]?.resolve({ isDeadlock: !1, hasListeners: t }), !0);
  },
  GB = async (A, e, t) => {
    if (A?.type !== hn) return;
    const r = bA();
    ln[A.id] = r;
    const n = new AbortController();
    try {
      const { isDeadlock: o, hasListeners: i } = await Promise.race([r, sw(e, t, n)]);
      o && CB(t), i || cB(t);
    } finally {
      n.abort(), delete ln[A.id];
    }
  },
  ln = {},
  sw = async (A, e, { signal: t }) => {
    Re(A, 1, t), await (0, YB.once)(A, 'disconnect', { signal: t }), lB(e);
  },
  hn = 'execa:ipc:request',
  VB = 'execa:ipc:response';
var OB = (A, e, t) => {
    qt.has(A) || qt.set(A, new Set());
    const r = qt.get(A),
      n = bA(),
      o = t ? e.id : void 0,
      i = { onMessageSent: n, id: o };
    return (r.add(i), { outgoingMessages: r, outgoingMessage: i });
  },
  JB = ({ outgoingMessages: A, outgoingMessage: e }) => {
    A.delete(e), e.onMessageSent.resolve();
  },
  bB = async (A, e, t) => {
    for (; !un(A, e) && qt.get(A)?.size > 0; ) {
      const r = [...qt.get(A)];
      HB(r, t), await Promise.all(r.map(({ onMessageSent: n }) => n));
    }
  },
  qt = new WeakMap(),
  un = (A, e) => e.listenerCount('message') > gw(A),
  gw = (A) => (kA.has(A) && !qA(kA.get(A).options.buffer, 'ipc') ? 1 : 0);
var fn = ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }, n, { strict: o = !1 } = {}) => {
    const i = 'sendMessage';
    return (
      Qt({ methodName: i, isSubprocess: t, ipc: r, isConnected: A.connected }),
      Qw({ anyProcess: A, channel: e, methodName: i, isSubprocess: t, message: n, strict: o })
    );
  },
  Qw = async ({ anyProcess: A, channel: e, methodName: t, isSubprocess: r, message: n, strict: o }) => {
    const i = xB({ anyProcess: A, channel: e, isSubprocess: r, message: n, strict: o }),
      s = OB(A, i, o);
    try {
      await Ni({ anyProcess: A, methodName: t, isSubprocess: r, wrappedMessage: i, message: n });
    } catch (g) {
      throw (Et(A), g);
    } finally {
      JB(s);
    }
  },
  Ni = async ({ anyProcess: A, methodName: e, isSubprocess: t, wrappedMessage: r, message: n }) => {
    const o = Ew(A);
    try {
      await Promise.all([GB(r, A, t), o(r)]);
    } catch (i) {
      throw (
        fB({ error: i, methodName: e, isSubprocess: t }),
        dB({ error: i, methodName: e, isSubprocess: t, message: n }),
        i
      );
    }
  },
  Ew = (A) => {
    if (mi.has(A)) return mi.get(A);
    const e = (0, WB.promisify)(A.send.bind(A));
    return (mi.set(A, e), e);
  },
  mi = new WeakMap();
var vB = (A, e) => {
    const t = 'cancelSignal';
    return (
      yi(t, !1, A.connected),
      Ni({ anyProcess: A, methodName: t, isSubprocess: !1, wrappedMessage: { type: ZB, message: e }, message: e })
    );
  },
  qB = async ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }) => (
    await Iw({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }), Ri.signal
  ),
  Iw = async ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }) => {
    if (!PB) {
      if (((PB = !0), !r)) {
        uB();
        return;
      }
      if (e === null) {
        Si();
        return;
      }
      Qe(A, e, t), await _B.scheduler.yield();
    }
  },
  PB = !1,
  kB = (A) => (A?.type !== ZB ? !1 : (Ri.abort(A.message), !0)),
  ZB = 'execa:ipc:cancel',
  Si = () => {
    Ri.abort(hB());
  },
  Ri = new AbortController();
var XB = ({ gracefulCancel: A, cancelSignal: e, ipc: t, serialization: r }) => {
    if (A) {
      if (e === void 0)
        throw new Error('The `cancelSignal` option must be defined when setting the `gracefulCancel` option.');
      if (!t) throw new Error('The `ipc` option cannot be false when setting the `gracefulCancel` option.');
      if (r === 'json')
        throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
    }
  },
  KB = ({ subprocess: A, cancelSignal: e, gracefulCancel: t, forceKillAfterDelay: r, context: n, controller: o }) =>
    t ? [Bw({ subprocess: A, cancelSignal: e, forceKillAfterDelay: r, context: n, controller: o })] : [],
  Bw = async ({ subprocess: A, cancelSignal: e, forceKillAfterDelay: t, context: r, controller: { signal: n } }) => {
    await sn(e, n);
    const o = aw(e);
    throw (
      await vB(A, o),
      Di({ kill: A.kill, forceKillAfterDelay: t, context: r, controllerSignal: n }),
      (r.terminationReason ??= 'gracefulCancel'),
      e.reason
    );
  },
  aw = ({ reason: A }) => {
    if (!(A instanceof DOMException)) return A;
    const e = new Error(A.message);
    return (Object.defineProperty(e, 'stack', { value: A.stack, enumerable: !1, configurable: !0, writable: !0 }), e);
  };
var zB = require('node:timers/promises');
var jB = ({ timeout: A }) => {
    if (A !== void 0 && (!Number.isFinite(A) || A < 0))
      throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${A}\` (${typeof A})`);
  },
  $B = (A, e, t, r) => (e === 0 || e === void 0 ? [] : [Cw(A, e, t, r)]),
  Cw = async (A, e, t, { signal: r }) => {
    throw (await (0, zB.setTimeout)(e, void 0, { signal: r }), (t.terminationReason ??= 'timeout'), A.kill(), new SA());
  };
var dn = require('node:process'),
  Fi = eA(require('node:path'), 1);
var Aa = ({ options: A }) => {
    if (A.node === !1) throw new TypeError('The "node" option cannot be false with `execaNode()`.');
    return { options: { ...A, node: !0 } };
  },
  ea = (
    A,
    e,
    {
      node: t = !1,
      nodePath: r = dn.execPath,
      nodeOptions: n = dn.execArgv.filter((g) => !g.startsWith('--inspect')),
      cwd: o,
      execPath: i,
      ...s
    },
  ) => {
    if (i !== void 0)
      throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
    const g = rt(r, 'The "nodePath" option'),
      Q = Fi.default.resolve(o, g),
      I = { ...s, nodePath: Q, node: t, cwd: o };
    if (!t) return [A, e, I];
    if (Fi.default.basename(A, '.exe') === 'node')
      throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
    return [Q, [...n, A, ...e], { ipc: !0, ...I, shell: !1 }];
  };
var ta = require('node:v8'),
  ra = ({ ipcInput: A, ipc: e, serialization: t }) => {
    if (A !== void 0) {
      if (!e) throw new Error('The `ipcInput` option cannot be set unless the `ipc` option is `true`.');
      hw[t](A);
    }
  },
  cw = (A) => {
    try {
      (0, ta.serialize)(A);
    } catch (e) {
      throw new Error('The `ipcInput` option is not serializable with a structured clone.', { cause: e });
    }
  },
  lw = (A) => {
    try {
      JSON.stringify(A);
    } catch (e) {
      throw new Error('The `ipcInput` option is not serializable with JSON.', { cause: e });
    }
  },
  hw = { advanced: cw, json: lw },
  na = async (A, e) => {
    e !== void 0 && (await A.sendMessage(e));
  };
var ia = ({ encoding: A }) => {
    if (Ui.has(A)) return;
    const e = fw(A);
    if (e !== void 0)
      throw new TypeError(`Invalid option \`encoding: ${Dn(A)}\`.
Please rename it to ${Dn(e)}.`);
    const t = [...Ui].map((r) => Dn(r)).join(', ');
    throw new TypeError(`Invalid option \`encoding: ${Dn(A)}\`.
Please rename it to one of: ${t}.`);
  },
  uw = new Set(['utf8', 'utf16le']),
  gA = new Set(['buffer', 'hex', 'base64', 'base64url', 'latin1', 'ascii']),
  Ui = new Set([...uw, ...gA]),
  fw = (A) => {
    if (A === null) return 'buffer';
    if (typeof A != 'string') return;
    const e = A.toLowerCase();
    if (e in oa) return oa[e];
    if (Ui.has(e)) return e;
  },
  oa = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'ucs-2': 'utf16le', ucs2: 'utf16le', binary: 'latin1' },
  Dn = (A) => (typeof A == 'string' ? `"${A}"` : String(A));
var sa = require('node:fs'),
  ga = eA(require('node:path'), 1),
  Qa = eA(require('node:process'), 1);
var Ea = (A = Ia()) => {
    const e = rt(A, 'The "cwd" option');
    return ga.default.resolve(e);
  },
  Ia = () => {
    try {
      return Qa.default.cwd();
    } catch (A) {
      throw (
        (A.message = `The current directory does not exist.
${A.message}`),
        A
      );
    }
  },
  Ba = (A, e) => {
    if (e === Ia()) return A;
    let t;
    try {
      t = (0, sa.statSync)(e);
    } catch (r) {
      return `The "cwd" option is invalid: ${e}.
${r.message}
${A}`;
    }
    return t.isDirectory()
      ? A
      : `The "cwd" option is not a directory: ${e}.
${A}`;
  };
var yn = (A, e, t) => {
    t.cwd = Ea(t.cwd);
    const [r, n, o] = ea(A, e, t),
      { command: i, args: s, options: g } = Ca.default._parse(r, n, o),
      Q = LE(g),
      I = dw(Q);
    return (
      jB(I),
      ia(I),
      ra(I),
      IB(I),
      XB(I),
      (I.shell = jo(I.shell)),
      (I.env = Dw(I)),
      (I.killSignal = nB(I.killSignal)),
      (I.forceKillAfterDelay = gB(I.forceKillAfterDelay)),
      (I.lines = I.lines.map((B, c) => B && !gA.has(I.encoding) && I.buffer[c])),
      Mi.default.platform === 'win32' && aa.default.basename(i, '.exe') === 'cmd' && s.unshift('/q'),
      { file: i, commandArguments: s, options: I }
    );
  },
  dw = ({
    extendEnv: A = !0,
    preferLocal: e = !1,
    cwd: t,
    localDir: r = t,
    encoding: n = 'utf8',
    reject: o = !0,
    cleanup: i = !0,
    all: s = !1,
    windowsHide: g = !0,
    killSignal: Q = 'SIGTERM',
    forceKillAfterDelay: I = !0,
    gracefulCancel: B = !1,
    ipcInput: c,
    ipc: C = c !== void 0 || B,
    serialization: h = 'advanced',
    ...l
  }) => ({
    ...l,
    extendEnv: A,
    preferLocal: e,
    cwd: t,
    localDirectory: r,
    encoding: n,
    reject: o,
    cleanup: i,
    all: s,
    windowsHide: g,
    killSignal: Q,
    forceKillAfterDelay: I,
    gracefulCancel: B,
    ipcInput: c,
    ipc: C,
    serialization: h,
  }),
  Dw = ({ env: A, extendEnv: e, preferLocal: t, node: r, localDirectory: n, nodePath: o }) => {
    const i = e ? { ...Mi.default.env, ...A } : A;
    return t || r ? _I({ env: i, cwd: n, execPath: o, preferLocal: t, addExecPath: r }) : i;
  };
var wn = (A, e, t) => (t.shell && e.length > 0 ? [[A, ...e].join(' '), [], t] : [A, e, t]);
var Ya = require('node:util');
function Bt(A) {
  if (typeof A == 'string') return yw(A);
  if (!(ArrayBuffer.isView(A) && A.BYTES_PER_ELEMENT === 1)) throw new Error('Input must be a string or a Uint8Array');
  return ww(A);
}
var yw = (A) => (A.at(-1) === ca ? A.slice(0, A.at(-2) === la ? -2 : -1) : A),
  ww = (A) => (A.at(-1) === pw ? A.subarray(0, A.at(-2) === Sw ? -2 : -1) : A),
  ca = `
`,
  pw = ca.codePointAt(0),
  la = '\r',
  Sw = la.codePointAt(0);
var Ra = require('node:events'),
  Fa = require('node:stream/promises');
function NA(A, { checkOpen: e = !0 } = {}) {
  return (
    A !== null &&
    typeof A == 'object' &&
    (A.writable || A.readable || !e || (A.writable === void 0 && A.readable === void 0)) &&
    typeof A.pipe == 'function'
  );
}
function Ti(A, { checkOpen: e = !0 } = {}) {
  return (
    NA(A, { checkOpen: e }) &&
    (A.writable || !e) &&
    typeof A.write == 'function' &&
    typeof A.end == 'function' &&
    typeof A.writable == 'boolean' &&
    typeof A.writableObjectMode == 'boolean' &&
    typeof A.destroy == 'function' &&
    typeof A.destroyed == 'boolean'
  );
}
function Fe(A, { checkOpen: e = !0 } = {}) {
  return (
    NA(A, { checkOpen: e }) &&
    (A.readable || !e) &&
    typeof A.read == 'function' &&
    typeof A.readable == 'boolean' &&
    typeof A.readableObjectMode == 'boolean' &&
    typeof A.destroy == 'function' &&
    typeof A.destroyed == 'boolean'
  );
}
function bi(A, e) {
  return Ti(A, e) && Fe(A, e);
}
var mw = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype),
  ki = class {
    #A;
    #e;
    #t = !1;
    #r = void 0;
    constructor(e, t) {
      (this.#A = e), (this.#e = t);
    }
    next() {
      const e = () => this.#o();
      return ((this.#r = this.#r ? this.#r.then(e, e) : e()), this.#r);
    }
    return(e) {
      const t = () => this.#n(e);
      return this.#r ? this.#r.then(t, t) : t();
    }
    async #o() {
      if (this.#t) return { done: !0, value: void 0 };
      let e;
      try {
        e = await this.#A.read();
      } catch (t) {
        throw ((this.#r = void 0), (this.#t = !0), this.#A.releaseLock(), t);
      }
      return (e.done && ((this.#r = void 0), (this.#t = !0), this.#A.releaseLock()), e);
    }
    async #n(e) {
      if (this.#t) return { done: !0, value: e };
      if (((this.#t = !0), !this.#e)) {
        const t = this.#A.cancel(e);
        return (this.#A.releaseLock(), await t, { done: !0, value: e });
      }
      return (this.#A.releaseLock(), { done: !0, value: e });
    }
  },
  Li = Symbol();
function ha() {
  return this[Li].next();
}
Object.defineProperty(ha, 'name', { value: 'next' });
function ua(A) {
  return this[Li].return(A);
}
Object.defineProperty(ua, 'name', { value: 'return' });
var Nw = Object.create(mw, {
  next: { enumerable: !0, configurable: !0, writable: !0, value: ha },
  return: { enumerable: !0, configurable: !0, writable: !0, value: ua },
});
function Yi({ preventCancel: A = !1 } = {}) {
  const e = this.getReader(),
    t = new ki(e, A),
    r = Object.create(Nw);
  return ((r[Li] = t), r);
}
var fa = (A) => {
    if (Fe(A, { checkOpen: !1 }) && Zt.on !== void 0) return Fw(A);
    if (typeof A?.[Symbol.asyncIterator] == 'function') return A;
    if (Rw.call(A) === '[object ReadableStream]') return Yi.call(A);
    throw new TypeError('The first argument must be a Readable, a ReadableStream, or an async iterable.');
  },
  { toString: Rw } = Object.prototype,
  Fw = async function* (A) {
    const e = new AbortController(),
      t = {};
    Uw(A, e, t);
    try {
      for await (const [r] of Zt.on(A, 'data', { signal: e.signal })) yield r;
    } catch (r) {
      if (t.error !== void 0) throw t.error;
      if (!e.signal.aborted) throw r;
    } finally {
      A.destroy();
    }
  },
  Uw = async (A, e, t) => {
    try {
      await Zt.finished(A, { cleanup: !0, readable: !0, writable: !1, error: !1 });
    } catch (r) {
      t.error = r;
    } finally {
      e.abort();
    }
  },
  Zt = {};
var at = async (
    A,
    { init: e, convertChunk: t, getSize: r, truncateChunk: n, addChunk: o, getFinalChunk: i, finalize: s },
    { maxBuffer: g = Number.POSITIVE_INFINITY } = {},
  ) => {
    const Q = fa(A),
      I = e();
    I.length = 0;
    try {
      for await (const B of Q) {
        const c = Tw(B),
          C = t[c](B, I);
        ya({ convertedChunk: C, state: I, getSize: r, truncateChunk: n, addChunk: o, maxBuffer: g });
      }
      return (
        Mw({ state: I, convertChunk: t, getSize: r, truncateChunk: n, addChunk: o, getFinalChunk: i, maxBuffer: g }),
        s(I)
      );
    } catch (B) {
      const c = typeof B == 'object' && B !== null ? B : new Error(B);
      throw ((c.bufferedData = s(I)), c);
    }
  },
  Mw = ({ state: A, getSize: e, truncateChunk: t, addChunk: r, getFinalChunk: n, maxBuffer: o }) => {
    const i = n(A);
    i !== void 0 && ya({ convertedChunk: i, state: A, getSize: e, truncateChunk: t, addChunk: r, maxBuffer: o });
  },
  ya = ({ convertedChunk: A, state: e, getSize: t, truncateChunk: r, addChunk: n, maxBuffer: o }) => {
    const i = t(A),
      s = e.length + i;
    if (s <= o) {
      da(A, e, n, s);
      return;
    }
    const g = r(A, o - e.length);
    throw (g !== void 0 && da(g, e, n, o), new LA());
  },
  da = (A, e, t, r) => {
    (e.contents = t(A, e, r)), (e.length = r);
  },
  Tw = (A) => {
    const e = typeof A;
    if (e === 'string') return 'string';
    if (e !== 'object' || A === null) return 'others';
    if (globalThis.Buffer?.isBuffer(A)) return 'buffer';
    const t = Da.call(A);
    return t === '[object ArrayBuffer]'
      ? 'arrayBuffer'
      : t === '[object DataView]'
        ? 'dataView'
        : Number.isInteger(A.byteLength) &&
            Number.isInteger(A.byteOffset) &&
            Da.call(A.buffer) === '[object ArrayBuffer]'
          ? 'typedArray'
          : 'others';
  },
  { toString: Da } = Object.prototype,
  LA = class extends Error {
    name = 'MaxBufferError';
    constructor() {
      super('maxBuffer exceeded');
    }
  };
var ZA = (A) => A,
  Xt = () => {},
  pn = ({ contents: A }) => A,
  Sn = (A) => {
    throw new Error(`Streams in object mode are not supported: ${String(A)}`);
  },
  mn = (A) => A.length;
async function Nn(A, e) {
  return at(A, Yw, e);
}
var bw = () => ({ contents: [] }),
  kw = () => 1,
  Lw = (A, { contents: e }) => (e.push(A), e),
  Yw = {
    init: bw,
    convertChunk: { string: ZA, buffer: ZA, arrayBuffer: ZA, dataView: ZA, typedArray: ZA, others: ZA },
    getSize: kw,
    truncateChunk: Xt,
    addChunk: Lw,
    getFinalChunk: Xt,
    finalize: pn,
  };
async function Rn(A, e) {
  return at(A, _w, e);
}
var xw = () => ({ contents: new ArrayBuffer(0) }),
  Hw = (A) => Gw.encode(A),
  Gw = new TextEncoder(),
  wa = (A) => new Uint8Array(A),
  pa = (A) => new Uint8Array(A.buffer, A.byteOffset, A.byteLength),
  Vw = (A, e) => A.slice(0, e),
  Ow = (A, { contents: e, length: t }, r) => {
    const n = Na() ? Ww(e, r) : Jw(e, r);
    return (new Uint8Array(n).set(A, t), n);
  },
  Jw = (A, e) => {
    if (e <= A.byteLength) return A;
    const t = new ArrayBuffer(ma(e));
    return (new Uint8Array(t).set(new Uint8Array(A), 0), t);
  },
  Ww = (A, e) => {
    if (e <= A.maxByteLength) return (A.resize(e), A);
    const t = new ArrayBuffer(e, { maxByteLength: ma(e) });
    return (new Uint8Array(t).set(new Uint8Array(A), 0), t);
  },
  ma = (A) => Sa ** Math.ceil(Math.log(A) / Math.log(Sa)),
  Sa = 2,
  Pw = ({ contents: A, length: e }) => (Na() ? A : A.slice(0, e)),
  Na = () => 'resize' in ArrayBuffer.prototype,
  _w = {
    init: xw,
    convertChunk: { string: Hw, buffer: wa, arrayBuffer: wa, dataView: pa, typedArray: pa, others: Sn },
    getSize: mn,
    truncateChunk: Vw,
    addChunk: Ow,
    getFinalChunk: Xt,
    finalize: Pw,
  };
async function Un(A, e) {
  return at(A, Kw, e);
}
var vw = () => ({ contents: '', textDecoder: new TextDecoder() }),
  Fn = (A, { textDecoder: e }) => e.decode(A, { stream: !0 }),
  qw = (A, { contents: e }) => e + A,
  Zw = (A, e) => A.slice(0, e),
  Xw = ({ textDecoder: A }) => {
    const e = A.decode();
    return e === '' ? void 0 : e;
  },
  Kw = {
    init: vw,
    convertChunk: { string: ZA, buffer: Fn, arrayBuffer: Fn, dataView: Fn, typedArray: Fn, others: Sn },
    getSize: mn,
    truncateChunk: Zw,
    addChunk: qw,
    getFinalChunk: Xw,
    finalize: pn,
  };
Object.assign(Zt, { on: Ra.on, finished: Fa.finished });
var Ua = ({ error: A, stream: e, readableObjectMode: t, lines: r, encoding: n, fdNumber: o }) => {
    if (!(A instanceof LA)) throw A;
    if (o === 'all') return A;
    const i = zw(t, r, n);
    throw ((A.maxBufferInfo = { fdNumber: o, unit: i }), e.destroy(), A);
  },
  zw = (A, e, t) => (A ? 'objects' : e ? 'lines' : t === 'buffer' ? 'bytes' : 'characters'),
  Ma = (A, e, t) => {
    if (e.length !== t) return;
    const r = new LA();
    throw ((r.maxBufferInfo = { fdNumber: 'ipc' }), r);
  },
  Ta = (A, e) => {
    const { streamName: t, threshold: r, unit: n } = jw(A, e);
    return `Command's ${t} was larger than ${r} ${n}`;
  },
  jw = (A, e) => {
    if (A?.maxBufferInfo === void 0) return { streamName: 'output', threshold: e[1], unit: 'bytes' };
    const {
      maxBufferInfo: { fdNumber: t, unit: r },
    } = A;
    delete A.maxBufferInfo;
    const n = qA(e, t);
    return t === 'ipc'
      ? { streamName: 'IPC output', threshold: n, unit: 'messages' }
      : { streamName: vr(t), threshold: n, unit: r };
  },
  ba = (A, e, t) => A?.code === 'ENOBUFS' && e !== null && e.some((r) => r !== null && r.length > Mn(t)),
  ka = (A, e, t) => {
    if (!e) return A;
    const r = Mn(t);
    return A.length > r ? A.slice(0, r) : A;
  },
  Mn = ([, A]) => A;
var xa = ({
    stdio: A,
    all: e,
    ipcOutput: t,
    originalError: r,
    signal: n,
    signalDescription: o,
    exitCode: i,
    escapedCommand: s,
    timedOut: g,
    isCanceled: Q,
    isGracefullyCanceled: I,
    isMaxBuffer: B,
    isForcefullyTerminated: c,
    forceKillAfterDelay: C,
    killSignal: h,
    maxBuffer: l,
    timeout: D,
    cwd: f,
  }) => {
    const u = r?.code,
      d = $w({
        originalError: r,
        timedOut: g,
        timeout: D,
        isMaxBuffer: B,
        maxBuffer: l,
        errorCode: u,
        signal: n,
        signalDescription: o,
        exitCode: i,
        isCanceled: Q,
        isGracefullyCanceled: I,
        isForcefullyTerminated: c,
        forceKillAfterDelay: C,
        killSignal: h,
      }),
      p = ep(r, f),
      b =
        p === void 0
          ? ''
          : `
${p}`,
      _ = `${d}: ${s}${b}`,
      sA = e === void 0 ? [A[2], A[1]] : [e],
      N = [
        _,
        ...sA,
        ...A.slice(3),
        t
          .map((R) => tp(R))
          .join(`
`),
      ]
        .map((R) => Jt(Bt(rp(R))))
        .filter(Boolean)
        .join(`

`);
    return { originalMessage: p, shortMessage: _, message: N };
  },
  $w = ({
    originalError: A,
    timedOut: e,
    timeout: t,
    isMaxBuffer: r,
    maxBuffer: n,
    errorCode: o,
    signal: i,
    signalDescription: s,
    exitCode: g,
    isCanceled: Q,
    isGracefullyCanceled: I,
    isForcefullyTerminated: B,
    forceKillAfterDelay: c,
    killSignal: C,
  }) => {
    const h = Ap(B, c);
    return e
      ? `Command timed out after ${t} milliseconds${h}`
      : I
        ? i === void 0
          ? `Command was gracefully canceled with exit code ${g}`
          : B
            ? `Command was gracefully canceled${h}`
            : `Command was gracefully canceled with ${i} (${s})`
        : Q
          ? `Command was canceled${h}`
          : r
            ? `${Ta(A, n)}${h}`
            : o !== void 0
              ? `Command failed with ${o}${h}`
              : B
                ? `Command was killed with ${C} (${on(C)})${h}`
                : i !== void 0
                  ? `Command was killed with ${i} (${s})`
                  : g !== void 0
                    ? `Command failed with exit code ${g}`
                    : 'Command failed';
  },
  Ap = (A, e) => (A ? ` and was forcefully terminated after ${e} milliseconds` : ''),
  ep = (A, e) => {
    if (A instanceof SA) return;
    const t = ZI(A) ? A.originalMessage : String(A?.message ?? A),
      r = Jt(Ba(t, e));
    return r === '' ? void 0 : r;
  },
  tp = (A) => (typeof A == 'string' ? A : (0, Ya.inspect)(A)),
  rp = (A) =>
    Array.isArray(A)
      ? A.map((e) => Bt(La(e)))
          .filter(Boolean)
          .join(`
`)
      : La(A),
  La = (A) => (typeof A == 'string' ? A : Z(A) ? Wr(A) : '');
var Tn = ({ command: A, escapedCommand: e, stdio: t, all: r, ipcOutput: n, options: { cwd: o }, startTime: i }) =>
    Ha({
      command: A,
      escapedCommand: e,
      cwd: o,
      durationMs: si(i),
      failed: !1,
      timedOut: !1,
      isCanceled: !1,
      isGracefullyCanceled: !1,
      isTerminated: !1,
      isMaxBuffer: !1,
      isForcefullyTerminated: !1,
      exitCode: 0,
      stdout: t[1],
      stderr: t[2],
      all: r,
      stdio: t,
      ipcOutput: n,
      pipedFrom: [],
    }),
  Ct = ({ error: A, command: e, escapedCommand: t, fileDescriptors: r, options: n, startTime: o, isSync: i }) =>
    Kt({
      error: A,
      command: e,
      escapedCommand: t,
      startTime: o,
      timedOut: !1,
      isCanceled: !1,
      isGracefullyCanceled: !1,
      isMaxBuffer: !1,
      isForcefullyTerminated: !1,
      stdio: Array.from({ length: r.length }),
      ipcOutput: [],
      options: n,
      isSync: i,
    }),
  Kt = ({
    error: A,
    command: e,
    escapedCommand: t,
    startTime: r,
    timedOut: n,
    isCanceled: o,
    isGracefullyCanceled: i,
    isMaxBuffer: s,
    isForcefullyTerminated: g,
    exitCode: Q,
    signal: I,
    stdio: B,
    all: c,
    ipcOutput: C,
    options: { timeoutDuration: h, timeout: l = h, forceKillAfterDelay: D, killSignal: f, cwd: u, maxBuffer: d },
    isSync: p,
  }) => {
    const { exitCode: b, signal: _, signalDescription: sA } = op(Q, I),
      {
        originalMessage: N,
        shortMessage: R,
        message: k,
      } = xa({
        stdio: B,
        all: c,
        ipcOutput: C,
        originalError: A,
        signal: _,
        signalDescription: sA,
        exitCode: b,
        escapedCommand: t,
        timedOut: n,
        isCanceled: o,
        isGracefullyCanceled: i,
        isMaxBuffer: s,
        isForcefullyTerminated: g,
        forceKillAfterDelay: D,
        killSignal: f,
        maxBuffer: d,
        timeout: l,
        cwd: u,
      }),
      v = vI(A, k, p);
    return (
      Object.assign(
        v,
        np({
          error: v,
          command: e,
          escapedCommand: t,
          startTime: r,
          timedOut: n,
          isCanceled: o,
          isGracefullyCanceled: i,
          isMaxBuffer: s,
          isForcefullyTerminated: g,
          exitCode: b,
          signal: _,
          signalDescription: sA,
          stdio: B,
          all: c,
          ipcOutput: C,
          cwd: u,
          originalMessage: N,
          shortMessage: R,
        }),
      ),
      v
    );
  },
  np = ({
    error: A,
    command: e,
    escapedCommand: t,
    startTime: r,
    timedOut: n,
    isCanceled: o,
    isGracefullyCanceled: i,
    isMaxBuffer: s,
    isForcefullyTerminated: g,
    exitCode: Q,
    signal: I,
    signalDescription: B,
    stdio: c,
    all: C,
    ipcOutput: h,
    cwd: l,
    originalMessage: D,
    shortMessage: f,
  }) =>
    Ha({
      shortMessage: f,
      originalMessage: D,
      command: e,
      escapedCommand: t,
      cwd: l,
      durationMs: si(r),
      failed: !0,
      timedOut: n,
      isCanceled: o,
      isGracefullyCanceled: i,
      isTerminated: I !== void 0,
      isMaxBuffer: s,
      isForcefullyTerminated: g,
      exitCode: Q,
      signal: I,
      signalDescription: B,
      code: A.cause?.code,
      stdout: c[1],
      stderr: c[2],
      all: C,
      stdio: c,
      ipcOutput: h,
      pipedFrom: [],
    }),
  Ha = (A) => Object.fromEntries(Object.entries(A).filter(([, e]) => e !== void 0)),
  op = (A, e) => {
    const t = A === null ? void 0 : A,
      r = e === null ? void 0 : e,
      n = r === void 0 ? void 0 : on(e);
    return { exitCode: t, signal: r, signalDescription: n };
  };
var Ga = (A) => (Number.isFinite(A) ? A : 0);
function ip(A) {
  return {
    days: Math.trunc(A / 864e5),
    hours: Math.trunc((A / 36e5) % 24),
    minutes: Math.trunc((A / 6e4) % 60),
    seconds: Math.trunc((A / 1e3) % 60),
    milliseconds: Math.trunc(A % 1e3),
    microseconds: Math.trunc(Ga(A * 1e3) % 1e3),
    nanoseconds: Math.trunc(Ga(A * 1e6) % 1e3),
  };
}
function sp(A) {
  return {
    days: A / 86400000n,
    hours: (A / 3600000n) % 24n,
    minutes: (A / 60000n) % 60n,
    seconds: (A / 1000n) % 60n,
    milliseconds: A % 1000n,
    microseconds: 0n,
    nanoseconds: 0n,
  };
}
function xi(A) {
  switch (typeof A) {
    case 'number': {
      if (Number.isFinite(A)) return ip(A);
      break;
    }
    case 'bigint':
      return sp(A);
  }
  throw new TypeError('Expected a finite number or bigint');
}
var gp = (A) => A === 0 || A === 0n,
  Qp = (A, e) => (e === 1 || e === 1n ? A : `${A}s`),
  Ep = 1e-7,
  Ip = 24n * 60n * 60n * 1000n;
function Hi(A, e) {
  const t = typeof A == 'bigint';
  if (!t && !Number.isFinite(A)) throw new TypeError('Expected a finite number or bigint');
  e = { ...e };
  const r = A < 0 ? '-' : '';
  (A = A < 0 ? -A : A),
    e.colonNotation &&
      ((e.compact = !1), (e.formatSubMilliseconds = !1), (e.separateMilliseconds = !1), (e.verbose = !1)),
    e.compact && ((e.unitCount = 1), (e.secondsDecimalDigits = 0), (e.millisecondsDecimalDigits = 0));
  let n = [],
    o = (I, B) => {
      const c = Math.floor(I * 10 ** B + Ep);
      return (Math.round(c) / 10 ** B).toFixed(B);
    },
    i = (I, B, c, C) => {
      if (!((n.length === 0 || !e.colonNotation) && gp(I) && !(e.colonNotation && c === 'm'))) {
        if (((C ??= String(I)), e.colonNotation)) {
          const h = C.includes('.') ? C.split('.')[0].length : C.length,
            l = n.length > 0 ? 2 : 1;
          C = '0'.repeat(Math.max(0, l - h)) + C;
        } else C += e.verbose ? ' ' + Qp(B, I) : c;
        n.push(C);
      }
    },
    s = xi(A),
    g = BigInt(s.days);
  if (
    (e.hideYearAndDays
      ? i(BigInt(g) * 24n + BigInt(s.hours), 'hour', 'h')
      : (e.hideYear ? i(g, 'day', 'd') : (i(g / 365n, 'year', 'y'), i(g % 365n, 'day', 'd')),
        i(Number(s.hours), 'hour', 'h')),
    i(Number(s.minutes), 'minute', 'm'),
    !e.hideSeconds)
  )
    if (e.separateMilliseconds || e.formatSubMilliseconds || (!e.colonNotation && A < 1e3 && !e.subSecondsAsDecimals)) {
      const I = Number(s.seconds),
        B = Number(s.milliseconds),
        c = Number(s.microseconds),
        C = Number(s.nanoseconds);
      if ((i(I, 'second', 's'), e.formatSubMilliseconds))
        i(B, 'millisecond', 'ms'), i(c, 'microsecond', '\xB5s'), i(C, 'nanosecond', 'ns');
      else {
        const h = B + c / 1e3 + C / 1e6,
          l = typeof e.millisecondsDecimalDigits == 'number' ? e.millisecondsDecimalDigits : 0,
          D = h >= 1 ? Math.round(h) : Math.ceil(h),
          f = 1e3 - 10 ** -l,
          u = l ? Math.min(h, f).toFixed(l) : Math.min(D, f);
        i(Number.parseFloat(u), 'millisecond', 'ms', u);
      }
    } else {
      const I = ((t ? Number(A % Ip) : A) / 1e3) % 60,
        B = typeof e.secondsDecimalDigits == 'number' ? e.secondsDecimalDigits : 1,
        c = o(I, B),
        C = e.keepDecimalsOnWholeSeconds ? c : c.replace(/\.0+$/, '');
      i(Number.parseFloat(C), 'second', 's', C);
    }
  if (n.length === 0) return r + '0' + (e.verbose ? ' milliseconds' : 'ms');
  const Q = e.colonNotation ? ':' : ' ';
  return (typeof e.unitCount == 'number' && (n = n.slice(0, Math.max(e.unitCount, 1))), r + n.join(Q));
}
var Va = (A, e) => {
  A.failed && TA({ type: 'error', verboseMessage: A.shortMessage, verboseInfo: e, result: A });
};
var Oa = (A, e) => {
    nt(e) && (Va(A, e), Bp(A, e));
  },
  Bp = (A, e) => {
    const t = `(done in ${Hi(A.durationMs)})`;
    TA({ type: 'duration', verboseMessage: t, verboseInfo: e, result: A });
  };
var ct = (A, e, { reject: t }) => {
  if ((Oa(A, e), A.failed && t)) throw A;
  return A;
};
var vi = require('node:fs');
var Pa = (A, e) =>
    Ue(A)
      ? 'asyncGenerator'
      : qa(A)
        ? 'generator'
        : bn(A)
          ? 'fileUrl'
          : hp(A)
            ? 'filePath'
            : dp(A)
              ? 'webStream'
              : NA(A, { checkOpen: !1 })
                ? 'native'
                : Z(A)
                  ? 'uint8Array'
                  : Dp(A)
                    ? 'asyncIterable'
                    : yp(A)
                      ? 'iterable'
                      : Oi(A)
                        ? _a({ transform: A }, e)
                        : lp(A)
                          ? ap(A, e)
                          : 'native',
  ap = (A, e) => (bi(A.transform, { checkOpen: !1 }) ? Cp(A, e) : Oi(A.transform) ? _a(A, e) : cp(A, e)),
  Cp = (A, e) => (va(A, e, 'Duplex stream'), 'duplex'),
  _a = (A, e) => (va(A, e, 'web TransformStream'), 'webTransform'),
  va = ({ final: A, binary: e, objectMode: t }, r, n) => {
    Ja(A, `${r}.final`, n), Ja(e, `${r}.binary`, n), Gi(t, `${r}.objectMode`);
  },
  Ja = (A, e, t) => {
    if (A !== void 0)
      throw new TypeError(`The \`${e}\` option can only be defined when using a generator, not a ${t}.`);
  },
  cp = ({ transform: A, final: e, binary: t, objectMode: r }, n) => {
    if (A !== void 0 && !Wa(A))
      throw new TypeError(
        `The \`${n}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`,
      );
    if (bi(e, { checkOpen: !1 })) throw new TypeError(`The \`${n}.final\` option must not be a Duplex stream.`);
    if (Oi(e)) throw new TypeError(`The \`${n}.final\` option must not be a web TransformStream.`);
    if (e !== void 0 && !Wa(e)) throw new TypeError(`The \`${n}.final\` option must be a generator.`);
    return (Gi(t, `${n}.binary`), Gi(r, `${n}.objectMode`), Ue(A) || Ue(e) ? 'asyncGenerator' : 'generator');
  },
  Gi = (A, e) => {
    if (A !== void 0 && typeof A != 'boolean') throw new TypeError(`The \`${e}\` option must use a boolean.`);
  },
  Wa = (A) => Ue(A) || qa(A),
  Ue = (A) => Object.prototype.toString.call(A) === '[object AsyncGeneratorFunction]',
  qa = (A) => Object.prototype.toString.call(A) === '[object GeneratorFunction]',
  lp = (A) => W(A) && (A.transform !== void 0 || A.final !== void 0),
  bn = (A) => Object.prototype.toString.call(A) === '[object URL]',
  Za = (A) => bn(A) && A.protocol !== 'file:',
  hp = (A) => W(A) && Object.keys(A).length > 0 && Object.keys(A).every((e) => up.has(e)) && Vi(A.file),
  up = new Set(['file', 'append']),
  Vi = (A) => typeof A == 'string',
  Xa = (A, e) => A === 'native' && typeof e == 'string' && !fp.has(e),
  fp = new Set(['ipc', 'ignore', 'inherit', 'overlapped', 'pipe']),
  Ka = (A) => Object.prototype.toString.call(A) === '[object ReadableStream]',
  kn = (A) => Object.prototype.toString.call(A) === '[object WritableStream]',
  dp = (A) => Ka(A) || kn(A),
  Oi = (A) => Ka(A?.readable) && kn(A?.writable),
  Dp = (A) => za(A) && typeof A[Symbol.asyncIterator] == 'function',
  yp = (A) => za(A) && typeof A[Symbol.iterator] == 'function',
  za = (A) => typeof A == 'object' && A !== null,
  hA = new Set(['generator', 'asyncGenerator', 'duplex', 'webTransform']),
  Ln = new Set(['fileUrl', 'filePath', 'fileNumber']),
  Ji = new Set(['fileUrl', 'filePath']),
  ja = new Set([...Ji, 'webStream', 'nodeStream']),
  $a = new Set(['webTransform', 'duplex']),
  Ee = {
    generator: 'a generator',
    asyncGenerator: 'an async generator',
    fileUrl: 'a file URL',
    filePath: 'a file path string',
    fileNumber: 'a file descriptor number',
    webStream: 'a web stream',
    nodeStream: 'a Node.js stream',
    webTransform: 'a web TransformStream',
    duplex: 'a Duplex stream',
    native: 'any value',
    iterable: 'an iterable',
    asyncIterable: 'an async iterable',
    string: 'a string',
    uint8Array: 'a Uint8Array',
  };
var Wi = (A, e, t, r) => (r === 'output' ? wp(A, e, t) : pp(A, e, t)),
  wp = (A, e, t) => {
    const r = e !== 0 && t[e - 1].value.readableObjectMode;
    return { writableObjectMode: r, readableObjectMode: A ?? r };
  },
  pp = (A, e, t) => {
    const r = e === 0 ? A === !0 : t[e - 1].value.readableObjectMode,
      n = e !== t.length - 1 && (A ?? r);
    return { writableObjectMode: r, readableObjectMode: n };
  },
  AC = (A, e) => {
    const t = A.findLast(({ type: r }) => hA.has(r));
    return t === void 0 ? !1 : e === 'input' ? t.value.writableObjectMode : t.value.readableObjectMode;
  };
var eC = (A, e, t, r) => [...A.filter(({ type: n }) => !hA.has(n)), ...Sp(A, e, t, r)],
  Sp = (A, e, t, { encoding: r }) => {
    const n = A.filter(({ type: i }) => hA.has(i)),
      o = Array.from({ length: n.length });
    for (const [i, s] of Object.entries(n))
      o[i] = mp({ stdioItem: s, index: Number(i), newTransforms: o, optionName: e, direction: t, encoding: r });
    return Up(o, t);
  },
  mp = ({
    stdioItem: A,
    stdioItem: { type: e },
    index: t,
    newTransforms: r,
    optionName: n,
    direction: o,
    encoding: i,
  }) =>
    e === 'duplex'
      ? Np({ stdioItem: A, optionName: n })
      : e === 'webTransform'
        ? Rp({ stdioItem: A, index: t, newTransforms: r, direction: o })
        : Fp({ stdioItem: A, index: t, newTransforms: r, direction: o, encoding: i }),
  Np = ({
    stdioItem: A,
    stdioItem: {
      value: {
        transform: e,
        transform: { writableObjectMode: t, readableObjectMode: r },
        objectMode: n = r,
      },
    },
    optionName: o,
  }) => {
    if (n && !r)
      throw new TypeError(
        `The \`${o}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`,
      );
    if (!n && r)
      throw new TypeError(
        `The \`${o}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`,
      );
    return { ...A, value: { transform: e, writableObjectMode: t, readableObjectMode: r } };
  },
  Rp = ({ stdioItem: A, stdioItem: { value: e }, index: t, newTransforms: r, direction: n }) => {
    const { transform: o, objectMode: i } = W(e) ? e : { transform: e },
      { writableObjectMode: s, readableObjectMode: g } = Wi(i, t, r, n);
    return { ...A, value: { transform: o, writableObjectMode: s, readableObjectMode: g } };
  },
  Fp = ({ stdioItem: A, stdioItem: { value: e }, index: t, newTransforms: r, direction: n, encoding: o }) => {
    const {
        transform: i,
        final: s,
        binary: g = !1,
        preserveNewlines: Q = !1,
        objectMode: I,
      } = W(e) ? e : { transform: e },
      B = g || gA.has(o),
      { writableObjectMode: c, readableObjectMode: C } = Wi(I, t, r, n);
    return {
      ...A,
      value: { transform: i, final: s, binary: B, preserveNewlines: Q, writableObjectMode: c, readableObjectMode: C },
    };
  },
  Up = (A, e) => (e === 'input' ? A.reverse() : A);
var Yn = eA(require('node:process'), 1);
var tC = (A, e, t) => {
    const r = A.map((n) => Mp(n, e));
    if (r.includes('input') && r.includes('output'))
      throw new TypeError(`The \`${t}\` option must not be an array of both readable and writable values.`);
    return r.find(Boolean) ?? kp;
  },
  Mp = ({ type: A, value: e }, t) => Tp[t] ?? rC[A](e),
  Tp = ['input', 'output', 'output'],
  lt = () => {},
  Pi = () => 'input',
  rC = {
    generator: lt,
    asyncGenerator: lt,
    fileUrl: lt,
    filePath: lt,
    iterable: Pi,
    asyncIterable: Pi,
    uint8Array: Pi,
    webStream: (A) => (kn(A) ? 'output' : 'input'),
    nodeStream(A) {
      return Fe(A, { checkOpen: !1 }) ? (Ti(A, { checkOpen: !1 }) ? void 0 : 'input') : 'output';
    },
    webTransform: lt,
    duplex: lt,
    native(A) {
      const e = bp(A);
      if (e !== void 0) return e;
      if (NA(A, { checkOpen: !1 })) return rC.nodeStream(A);
    },
  },
  bp = (A) => {
    if ([0, Yn.default.stdin].includes(A)) return 'input';
    if ([1, 2, Yn.default.stdout, Yn.default.stderr].includes(A)) return 'output';
  },
  kp = 'output';
var nC = (A, e) => (e && !A.includes('ipc') ? [...A, 'ipc'] : A);
var oC = ({ stdio: A, ipc: e, buffer: t, ...r }, n, o) => {
    const i = Lp(A, r).map((s, g) => iC(s, g));
    return o ? xp(i, t, n) : nC(i, e);
  },
  Lp = (A, e) => {
    if (A === void 0) return lA.map((r) => e[r]);
    if (Yp(e))
      throw new Error(
        `It's not possible to provide \`stdio\` in combination with one of ${lA.map((r) => `\`${r}\``).join(', ')}`,
      );
    if (typeof A == 'string') return [A, A, A];
    if (!Array.isArray(A))
      throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof A}\``);
    const t = Math.max(A.length, lA.length);
    return Array.from({ length: t }, (r, n) => A[n]);
  },
  Yp = (A) => lA.some((e) => A[e] !== void 0),
  iC = (A, e) => (Array.isArray(A) ? A.map((t) => iC(t, e)) : (A ?? (e >= lA.length ? 'ignore' : 'pipe'))),
  xp = (A, e, t) => A.map((r, n) => (!e[n] && n !== 0 && !ot(t, n) && Hp(r) ? 'ignore' : r)),
  Hp = (A) => A === 'pipe' || (Array.isArray(A) && A.every((e) => e === 'pipe'));
var gC = require('node:fs'),
  QC = eA(require('node:tty'), 1);
var EC = ({ stdioItem: A, stdioItem: { type: e }, isStdioArray: t, fdNumber: r, direction: n, isSync: o }) =>
    !t || e !== 'native' ? A : o ? Gp({ stdioItem: A, fdNumber: r, direction: n }) : Jp({ stdioItem: A, fdNumber: r }),
  Gp = ({ stdioItem: A, stdioItem: { value: e, optionName: t }, fdNumber: r, direction: n }) => {
    const o = Vp({ value: e, optionName: t, fdNumber: r, direction: n });
    if (o !== void 0) return o;
    if (NA(e, { checkOpen: !1 }))
      throw new TypeError(
        `The \`${t}: Stream\` option cannot both be an array and include a stream with synchronous methods.`,
      );
    return A;
  },
  Vp = ({ value: A, optionName: e, fdNumber: t, direction: r }) => {
    const n = Op(A, t);
    if (n !== void 0) {
      if (r === 'output') return { type: 'fileNumber', value: n, optionName: e };
      if (QC.default.isatty(n))
        throw new TypeError(`The \`${e}: ${Qn(A)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
      return { type: 'uint8Array', value: vA((0, gC.readFileSync)(n)), optionName: e };
    }
  },
  Op = (A, e) => {
    if (A === 'inherit') return e;
    if (typeof A == 'number') return A;
    const t = _r.indexOf(A);
    if (t !== -1) return t;
  },
  Jp = ({ stdioItem: A, stdioItem: { value: e, optionName: t }, fdNumber: r }) =>
    e === 'inherit'
      ? { type: 'nodeStream', value: sC(r, e, t), optionName: t }
      : typeof e == 'number'
        ? { type: 'nodeStream', value: sC(e, e, t), optionName: t }
        : NA(e, { checkOpen: !1 })
          ? { type: 'nodeStream', value: e, optionName: t }
          : A,
  sC = (A, e, t) => {
    const r = _r[A];
    if (r === void 0) throw new TypeError(`The \`${t}: ${e}\` option is invalid: no such standard stream.`);
    return r;
  };
var IC = ({ input: A, inputFile: e }, t) => (t === 0 ? [...Wp(A), ..._p(e)] : []),
  Wp = (A) => (A === void 0 ? [] : [{ type: Pp(A), value: A, optionName: 'input' }]),
  Pp = (A) => {
    if (Fe(A, { checkOpen: !1 })) return 'nodeStream';
    if (typeof A == 'string') return 'string';
    if (Z(A)) return 'uint8Array';
    throw new Error('The `input` option must be a string, a Uint8Array or a Node.js Readable stream.');
  },
  _p = (A) => (A === void 0 ? [] : [{ ...vp(A), optionName: 'inputFile' }]),
  vp = (A) => {
    if (bn(A)) return { type: 'fileUrl', value: A };
    if (Vi(A)) return { type: 'filePath', value: { file: A } };
    throw new Error('The `inputFile` option must be a file path string or a file URL.');
  };
var BC = (A) =>
    A.filter((e, t) =>
      A.every((r, n) => e.value !== r.value || t >= n || e.type === 'generator' || e.type === 'asyncGenerator'),
    ),
  aC = ({ stdioItem: { type: A, value: e, optionName: t }, direction: r, fileDescriptors: n, isSync: o }) => {
    const i = qp(n, A);
    if (i.length !== 0) {
      if (o) {
        Zp({ otherStdioItems: i, type: A, value: e, optionName: t, direction: r });
        return;
      }
      if (ja.has(A)) return CC({ otherStdioItems: i, type: A, value: e, optionName: t, direction: r });
      $a.has(A) && Kp({ otherStdioItems: i, type: A, value: e, optionName: t });
    }
  },
  qp = (A, e) =>
    A.flatMap(({ direction: t, stdioItems: r }) => r.filter((n) => n.type === e).map((n) => ({ ...n, direction: t }))),
  Zp = ({ otherStdioItems: A, type: e, value: t, optionName: r, direction: n }) => {
    Ji.has(e) && CC({ otherStdioItems: A, type: e, value: t, optionName: r, direction: n });
  },
  CC = ({ otherStdioItems: A, type: e, value: t, optionName: r, direction: n }) => {
    const o = A.filter((s) => Xp(s, t));
    if (o.length === 0) return;
    const i = o.find((s) => s.direction !== n);
    return (cC(i, r, e), n === 'output' ? o[0].stream : void 0);
  },
  Xp = ({ type: A, value: e }, t) =>
    A === 'filePath' ? e.file === t.file : A === 'fileUrl' ? e.href === t.href : e === t,
  Kp = ({ otherStdioItems: A, type: e, value: t, optionName: r }) => {
    const n = A.find(({ value: { transform: o } }) => o === t.transform);
    cC(n, r, e);
  },
  cC = (A, e, t) => {
    if (A !== void 0)
      throw new TypeError(`The \`${A.optionName}\` and \`${e}\` options must not target ${Ee[t]} that is the same.`);
  };
var xn = (A, e, t, r) => {
    const o = oC(e, t, r).map((s, g) => zp({ stdioOption: s, fdNumber: g, options: e, isSync: r })),
      i = o0({ initialFileDescriptors: o, addProperties: A, options: e, isSync: r });
    return ((e.stdio = i.map(({ stdioItems: s }) => g0(s))), i);
  },
  zp = ({ stdioOption: A, fdNumber: e, options: t, isSync: r }) => {
    const n = vr(e),
      { stdioItems: o, isStdioArray: i } = jp({ stdioOption: A, fdNumber: e, options: t, optionName: n }),
      s = tC(o, e, n),
      g = o.map((B) => EC({ stdioItem: B, isStdioArray: i, fdNumber: e, direction: s, isSync: r })),
      Q = eC(g, n, s, t),
      I = AC(Q, s);
    return (n0(Q, I), { direction: s, objectMode: I, stdioItems: Q });
  },
  jp = ({ stdioOption: A, fdNumber: e, options: t, optionName: r }) => {
    const o = [...(Array.isArray(A) ? A : [A]).map((g) => $p(g, r)), ...IC(t, e)],
      i = BC(o),
      s = i.length > 1;
    return (A0(i, s, r), t0(i), { stdioItems: i, isStdioArray: s });
  },
  $p = (A, e) => ({ type: Pa(A, e), value: A, optionName: e }),
  A0 = (A, e, t) => {
    if (A.length === 0) throw new TypeError(`The \`${t}\` option must not be an empty array.`);
    if (e) {
      for (const { value: r, optionName: n } of A)
        if (e0.has(r)) throw new Error(`The \`${n}\` option must not include \`${r}\`.`);
    }
  },
  e0 = new Set(['ignore', 'ipc']),
  t0 = (A) => {
    for (const e of A) r0(e);
  },
  r0 = ({ type: A, value: e, optionName: t }) => {
    if (Za(e))
      throw new TypeError(`The \`${t}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
    if (Xa(A, e)) throw new TypeError(`The \`${t}: { file: '...' }\` option must be used instead of \`${t}: '...'\`.`);
  },
  n0 = (A, e) => {
    if (!e) return;
    const t = A.find(({ type: r }) => Ln.has(r));
    if (t !== void 0)
      throw new TypeError(`The \`${t.optionName}\` option cannot use both files and transforms in objectMode.`);
  },
  o0 = ({ initialFileDescriptors: A, addProperties: e, options: t, isSync: r }) => {
    const n = [];
    try {
      for (const o of A) n.push(i0({ fileDescriptor: o, fileDescriptors: n, addProperties: e, options: t, isSync: r }));
      return n;
    } catch (o) {
      throw (_i(n), o);
    }
  },
  i0 = ({
    fileDescriptor: { direction: A, objectMode: e, stdioItems: t },
    fileDescriptors: r,
    addProperties: n,
    options: o,
    isSync: i,
  }) => {
    const s = t.map((g) =>
      s0({ stdioItem: g, addProperties: n, direction: A, options: o, fileDescriptors: r, isSync: i }),
    );
    return { direction: A, objectMode: e, stdioItems: s };
  },
  s0 = ({ stdioItem: A, addProperties: e, direction: t, options: r, fileDescriptors: n, isSync: o }) => {
    const i = aC({ stdioItem: A, direction: t, fileDescriptors: n, isSync: o });
    return i !== void 0 ? { ...A, stream: i } : { ...A, ...e[t][A.type](A, r) };
  },
  _i = (A) => {
    for (const { stdioItems: e } of A) for (const { stream: t } of e) t !== void 0 && !pA(t) && t.destroy();
  },
  g0 = (A) => {
    if (A.length > 1) return A.some(({ value: r }) => r === 'overlapped') ? 'overlapped' : 'pipe';
    const [{ type: e, value: t }] = A;
    return e === 'native' ? t : 'pipe';
  };
var hC = (A, e) => xn(E0, A, e, !0),
  YA = ({ type: A, optionName: e }) => {
    uC(e, Ee[A]);
  },
  Q0 = ({ optionName: A, value: e }) => ((e === 'ipc' || e === 'overlapped') && uC(A, `"${e}"`), {}),
  uC = (A, e) => {
    throw new TypeError(`The \`${A}\` option cannot be ${e} with synchronous methods.`);
  },
  lC = {
    generator() {},
    asyncGenerator: YA,
    webStream: YA,
    nodeStream: YA,
    webTransform: YA,
    duplex: YA,
    asyncIterable: YA,
    native: Q0,
  },
  E0 = {
    input: {
      ...lC,
      fileUrl: ({ value: A }) => ({ contents: [vA((0, vi.readFileSync)(A))] }),
      filePath: ({ value: { file: A } }) => ({ contents: [vA((0, vi.readFileSync)(A))] }),
      fileNumber: YA,
      iterable: ({ value: A }) => ({ contents: [...A] }),
      string: ({ value: A }) => ({ contents: [A] }),
      uint8Array: ({ value: A }) => ({ contents: [A] }),
    },
    output: {
      ...lC,
      fileUrl: ({ value: A }) => ({ path: A }),
      filePath: ({ value: { file: A, append: e } }) => ({ path: A, append: e }),
      fileNumber: ({ value: A }) => ({ path: A }),
      iterable: YA,
      string: YA,
      uint8Array: YA,
    },
  };
var XA = (A, { stripFinalNewline: e }, t) => (qi(e, t) && A !== void 0 && !Array.isArray(A) ? Bt(A) : A),
  qi = (A, e) => (e === 'all' ? A[1] || A[2] : A[e]);
var jt = require('node:stream');
var Hn = (A, e, t, r) => (A || t ? void 0 : dC(e, r)),
  Xi = (A, e, t) => (t ? A.flatMap((r) => fC(r, e)) : fC(A, e)),
  fC = (A, e) => {
    const { transform: t, final: r } = dC(e, {});
    return [...t(A), ...r()];
  },
  dC = (A, e) => ((e.previousChunks = ''), { transform: I0.bind(void 0, e, A), final: a0.bind(void 0, e) }),
  I0 = function* (A, e, t) {
    if (typeof t != 'string') {
      yield t;
      return;
    }
    let { previousChunks: r } = A,
      n = -1;
    for (let o = 0; o < t.length; o += 1)
      if (
        t[o] ===
        `
`
      ) {
        let i = B0(t, o, e, A),
          s = t.slice(n + 1, o + 1 - i);
        r.length > 0 && ((s = Zi(r, s)), (r = '')), yield s, (n = o);
      }
    n !== t.length - 1 && (r = Zi(r, t.slice(n + 1))), (A.previousChunks = r);
  },
  B0 = (A, e, t, r) => (t ? 0 : ((r.isWindowsNewline = e !== 0 && A[e - 1] === '\r'), r.isWindowsNewline ? 2 : 1)),
  a0 = function* ({ previousChunks: A }) {
    A.length > 0 && (yield A);
  },
  DC = ({ binary: A, preserveNewlines: e, readableObjectMode: t, state: r }) =>
    A || e || t ? void 0 : { transform: C0.bind(void 0, r) },
  C0 = function* ({ isWindowsNewline: A = !1 }, e) {
    const { unixNewline: t, windowsNewline: r, LF: n, concatBytes: o } = typeof e == 'string' ? c0 : h0;
    if (e.at(-1) === n) {
      yield e;
      return;
    }
    yield o(e, A ? r : t);
  },
  Zi = (A, e) => `${A}${e}`,
  c0 = {
    windowsNewline: `\r
`,
    unixNewline: `
`,
    LF: `
`,
    concatBytes: Zi,
  },
  l0 = (A, e) => {
    const t = new Uint8Array(A.length + e.length);
    return (t.set(A, 0), t.set(e, A.length), t);
  },
  h0 = { windowsNewline: new Uint8Array([13, 10]), unixNewline: new Uint8Array([10]), LF: 10, concatBytes: l0 };
var yC = require('node:buffer');
var wC = (A, e) => (A ? void 0 : u0.bind(void 0, e)),
  u0 = function* (A, e) {
    if (typeof e != 'string' && !Z(e) && !yC.Buffer.isBuffer(e))
      throw new TypeError(
        `The \`${A}\` option's transform must use "objectMode: true" to receive as input: ${typeof e}.`,
      );
    yield e;
  },
  pC = (A, e) => (A ? f0.bind(void 0, e) : d0.bind(void 0, e)),
  f0 = function* (A, e) {
    SC(A, e), yield e;
  },
  d0 = function* (A, e) {
    if ((SC(A, e), typeof e != 'string' && !Z(e)))
      throw new TypeError(`The \`${A}\` option's function must yield a string or an Uint8Array, not ${typeof e}.`);
    yield e;
  },
  SC = (A, e) => {
    if (e == null)
      throw new TypeError(`The \`${A}\` option's function must not call \`yield ${e}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  };
var mC = require('node:buffer'),
  NC = require('node:string_decoder');
var Gn = (A, e, t) => {
    if (t) return;
    if (A) return { transform: D0.bind(void 0, new TextEncoder()) };
    const r = new NC.StringDecoder(e);
    return { transform: y0.bind(void 0, r), final: w0.bind(void 0, r) };
  },
  D0 = function* (A, e) {
    mC.Buffer.isBuffer(e) ? yield vA(e) : typeof e == 'string' ? yield A.encode(e) : yield e;
  },
  y0 = function* (A, e) {
    yield Z(e) ? A.write(e) : e;
  },
  w0 = function* (A) {
    const e = A.end();
    e !== '' && (yield e);
  };
var Ki = require('node:util'),
  zi = (0, Ki.callbackify)(async (A, e, t, r) => {
    e.currentIterable = A(...t);
    try {
      for await (const n of e.currentIterable) r.push(n);
    } finally {
      delete e.currentIterable;
    }
  }),
  Vn = async function* (A, e, t) {
    if (t === e.length) {
      yield A;
      return;
    }
    const { transform: r = S0 } = e[t];
    for await (const n of r(A)) yield* Vn(n, e, t + 1);
  },
  RC = async function* (A) {
    for (const [e, { final: t }] of Object.entries(A)) yield* p0(t, Number(e), A);
  },
  p0 = async function* (A, e, t) {
    if (A !== void 0) for await (const r of A()) yield* Vn(r, t, e + 1);
  },
  FC = (0, Ki.callbackify)(async ({ currentIterable: A }, e) => {
    if (A !== void 0) {
      await (e ? A.throw(e) : A.return());
      return;
    }
    if (e) throw e;
  }),
  S0 = function* (A) {
    yield A;
  };
var ji = (A, e, t, r) => {
    try {
      for (const n of A(...e)) t.push(n);
      r();
    } catch (n) {
      r(n);
    }
  },
  UC = (A, e) => [...e.flatMap((t) => [...Me(t, A, 0)]), ...zt(A)],
  Me = function* (A, e, t) {
    if (t === e.length) {
      yield A;
      return;
    }
    const { transform: r = N0 } = e[t];
    for (const n of r(A)) yield* Me(n, e, t + 1);
  },
  zt = function* (A) {
    for (const [e, { final: t }] of Object.entries(A)) yield* m0(t, Number(e), A);
  },
  m0 = function* (A, e, t) {
    if (A !== void 0) for (const r of A()) yield* Me(r, t, e + 1);
  },
  N0 = function* (A) {
    yield A;
  };
var $i = (
    { value: A, value: { transform: e, final: t, writableObjectMode: r, readableObjectMode: n }, optionName: o },
    { encoding: i },
  ) => {
    const s = {},
      g = MC(A, i, o),
      Q = Ue(e),
      I = Ue(t),
      B = Q ? zi.bind(void 0, Vn, s) : ji.bind(void 0, Me),
      c = Q || I ? zi.bind(void 0, RC, s) : ji.bind(void 0, zt),
      C = Q || I ? FC.bind(void 0, s) : void 0;
    return {
      stream: new jt.Transform({
        writableObjectMode: r,
        writableHighWaterMark: (0, jt.getDefaultHighWaterMark)(r),
        readableObjectMode: n,
        readableHighWaterMark: (0, jt.getDefaultHighWaterMark)(n),
        transform(l, D, f) {
          B([l, g, 0], this, f);
        },
        flush(l) {
          c([g], this, l);
        },
        destroy: C,
      }),
    };
  },
  On = (A, e, t, r) => {
    const n = e.filter(({ type: i }) => i === 'generator'),
      o = r ? n.reverse() : n;
    for (const { value: i, optionName: s } of o) {
      const g = MC(i, t, s);
      A = UC(g, A);
    }
    return A;
  },
  MC = (
    { transform: A, final: e, binary: t, writableObjectMode: r, readableObjectMode: n, preserveNewlines: o },
    i,
    s,
  ) => {
    const g = {};
    return [
      { transform: wC(r, s) },
      Gn(t, i, r),
      Hn(t, o, r, g),
      { transform: A, final: e },
      { transform: pC(n, s) },
      DC({ binary: t, preserveNewlines: o, readableObjectMode: n, state: g }),
    ].filter(Boolean);
  };
var TC = (A, e) => {
    for (const t of R0(A)) F0(A, t, e);
  },
  R0 = (A) =>
    new Set(
      Object.entries(A)
        .filter(([, { direction: e }]) => e === 'input')
        .map(([e]) => Number(e)),
    ),
  F0 = (A, e, t) => {
    const { stdioItems: r } = A[e],
      n = r.filter(({ contents: s }) => s !== void 0);
    if (n.length === 0) return;
    if (e !== 0) {
      const [{ type: s, optionName: g }] = n;
      throw new TypeError(`Only the \`stdin\` option, not \`${g}\`, can be ${Ee[s]} with synchronous methods.`);
    }
    const i = n.map(({ contents: s }) => s).map((s) => U0(s, r));
    t.input = Ot(i);
  },
  U0 = (A, e) => {
    const t = On(A, e, 'utf8', !0);
    return (M0(t), Ot(t));
  },
  M0 = (A) => {
    const e = A.find((t) => typeof t != 'string' && !Z(t));
    if (e !== void 0)
      throw new TypeError(
        `The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${e}.`,
      );
  };
var Wn = require('node:fs');
var Jn = ({ stdioItems: A, encoding: e, verboseInfo: t, fdNumber: r }) =>
    r !== 'all' &&
    ot(t, r) &&
    !gA.has(e) &&
    T0(r) &&
    (A.some(({ type: n, value: o }) => n === 'native' && b0.has(o)) || A.every(({ type: n }) => hA.has(n))),
  T0 = (A) => A === 1 || A === 2,
  b0 = new Set(['pipe', 'overlapped']),
  bC = async (A, e, t, r) => {
    for await (const n of A) k0(e) || LC(n, t, r);
  },
  kC = (A, e, t) => {
    for (const r of A) LC(r, e, t);
  },
  k0 = (A) => A._readableState.pipes.length > 0,
  LC = (A, e, t) => {
    const r = jr(A);
    TA({ type: 'output', verboseMessage: r, fdNumber: e, verboseInfo: t });
  };
var YC = ({ fileDescriptors: A, syncResult: { output: e }, options: t, isMaxBuffer: r, verboseInfo: n }) => {
    if (e === null) return { output: Array.from({ length: 3 }) };
    const o = {},
      i = new Set([]);
    return {
      output: e.map((g, Q) =>
        L0({ result: g, fileDescriptors: A, fdNumber: Q, state: o, outputFiles: i, isMaxBuffer: r, verboseInfo: n }, t),
      ),
      ...o,
    };
  },
  L0 = (
    { result: A, fileDescriptors: e, fdNumber: t, state: r, outputFiles: n, isMaxBuffer: o, verboseInfo: i },
    { buffer: s, encoding: g, lines: Q, stripFinalNewline: I, maxBuffer: B },
  ) => {
    if (A === null) return;
    const c = ka(A, o, B),
      C = vA(c),
      { stdioItems: h, objectMode: l } = e[t],
      D = Y0([C], h, g, r),
      { serializedResult: f, finalResult: u = f } = x0({
        chunks: D,
        objectMode: l,
        encoding: g,
        lines: Q,
        stripFinalNewline: I,
        fdNumber: t,
      });
    H0({ serializedResult: f, fdNumber: t, state: r, verboseInfo: i, encoding: g, stdioItems: h, objectMode: l });
    const d = s[t] ? u : void 0;
    try {
      return (r.error === void 0 && G0(f, h, n), d);
    } catch (p) {
      return ((r.error = p), d);
    }
  },
  Y0 = (A, e, t, r) => {
    try {
      return On(A, e, t, !1);
    } catch (n) {
      return ((r.error = n), A);
    }
  },
  x0 = ({ chunks: A, objectMode: e, encoding: t, lines: r, stripFinalNewline: n, fdNumber: o }) => {
    if (e) return { serializedResult: A };
    if (t === 'buffer') return { serializedResult: Ot(A) };
    const i = mE(A, t);
    return r[o] ? { serializedResult: i, finalResult: Xi(i, !n[o], e) } : { serializedResult: i };
  },
  H0 = ({ serializedResult: A, fdNumber: e, state: t, verboseInfo: r, encoding: n, stdioItems: o, objectMode: i }) => {
    if (!Jn({ stdioItems: o, encoding: n, verboseInfo: r, fdNumber: e })) return;
    const s = Xi(A, !1, i);
    try {
      kC(s, e, r);
    } catch (g) {
      t.error ??= g;
    }
  },
  G0 = (A, e, t) => {
    for (const { path: r, append: n } of e.filter(({ type: o }) => Ln.has(o))) {
      const o = typeof r == 'string' ? r : r.toString();
      n || t.has(o) ? (0, Wn.appendFileSync)(r, A) : (t.add(o), (0, Wn.writeFileSync)(r, A));
    }
  };
var xC = ([, A, e], t) => {
  if (t.all)
    return A === void 0
      ? e
      : e === void 0
        ? A
        : Array.isArray(A)
          ? Array.isArray(e)
            ? [...A, ...e]
            : [...A, XA(e, t, 'all')]
          : Array.isArray(e)
            ? [XA(A, t, 'all'), ...e]
            : Z(A) && Z(e)
              ? $o([A, e])
              : `${A}${e}`;
};
var Pn = require('node:events');
var HC = async (A, e) => {
    const [t, r] = await V0(A);
    return ((e.isForcefullyTerminated ??= !1), [t, r]);
  },
  V0 = async (A) => {
    const [e, t] = await Promise.allSettled([(0, Pn.once)(A, 'spawn'), (0, Pn.once)(A, 'exit')]);
    return e.status === 'rejected' ? [] : t.status === 'rejected' ? GC(A) : t.value;
  },
  GC = async (A) => {
    try {
      return await (0, Pn.once)(A, 'exit');
    } catch {
      return GC(A);
    }
  },
  VC = async (A) => {
    const [e, t] = await A;
    if (!O0(e, t) && As(e, t)) throw new SA();
    return [e, t];
  },
  O0 = (A, e) => A === void 0 && e === void 0,
  As = (A, e) => A !== 0 || e !== null;
var OC = ({ error: A, status: e, signal: t, output: r }, { maxBuffer: n }) => {
    const o = J0(A, e, t),
      i = o?.code === 'ETIMEDOUT',
      s = ba(o, r, n);
    return { resultError: o, exitCode: e, signal: t, timedOut: i, isMaxBuffer: s };
  },
  J0 = (A, e, t) => (A !== void 0 ? A : As(e, t) ? new SA() : void 0);
var WC = (A, e, t) => {
    const {
        file: r,
        commandArguments: n,
        command: o,
        escapedCommand: i,
        startTime: s,
        verboseInfo: g,
        options: Q,
        fileDescriptors: I,
      } = W0(A, e, t),
      B = v0({
        file: r,
        commandArguments: n,
        options: Q,
        command: o,
        escapedCommand: i,
        verboseInfo: g,
        fileDescriptors: I,
        startTime: s,
      });
    return ct(B, g, Q);
  },
  W0 = (A, e, t) => {
    const { command: r, escapedCommand: n, startTime: o, verboseInfo: i } = An(A, e, t),
      s = P0(t),
      { file: g, commandArguments: Q, options: I } = yn(A, e, s);
    _0(I);
    const B = hC(I, i);
    return {
      file: g,
      commandArguments: Q,
      command: r,
      escapedCommand: n,
      startTime: o,
      verboseInfo: i,
      options: I,
      fileDescriptors: B,
    };
  },
  P0 = (A) => (A.node && !A.ipc ? { ...A, ipc: !1 } : A),
  _0 = ({ ipc: A, ipcInput: e, detached: t, cancelSignal: r }) => {
    e && _n('ipcInput'), A && _n('ipc: true'), t && _n('detached: true'), r && _n('cancelSignal');
  },
  _n = (A) => {
    throw new TypeError(`The "${A}" option cannot be used with synchronous methods.`);
  },
  v0 = ({
    file: A,
    commandArguments: e,
    options: t,
    command: r,
    escapedCommand: n,
    verboseInfo: o,
    fileDescriptors: i,
    startTime: s,
  }) => {
    const g = q0({
      file: A,
      commandArguments: e,
      options: t,
      command: r,
      escapedCommand: n,
      fileDescriptors: i,
      startTime: s,
    });
    if (g.failed) return g;
    const { resultError: Q, exitCode: I, signal: B, timedOut: c, isMaxBuffer: C } = OC(g, t),
      { output: h, error: l = Q } = YC({
        fileDescriptors: i,
        syncResult: g,
        options: t,
        isMaxBuffer: C,
        verboseInfo: o,
      }),
      D = h.map((u, d) => XA(u, t, d)),
      f = XA(xC(h, t), t, 'all');
    return X0({
      error: l,
      exitCode: I,
      signal: B,
      timedOut: c,
      isMaxBuffer: C,
      stdio: D,
      all: f,
      options: t,
      command: r,
      escapedCommand: n,
      startTime: s,
    });
  },
  q0 = ({
    file: A,
    commandArguments: e,
    options: t,
    command: r,
    escapedCommand: n,
    fileDescriptors: o,
    startTime: i,
  }) => {
    try {
      TC(o, t);
      const s = Z0(t);
      return (0, JC.spawnSync)(...wn(A, e, s));
    } catch (s) {
      return Ct({ error: s, command: r, escapedCommand: n, fileDescriptors: o, options: t, startTime: i, isSync: !0 });
    }
  },
  Z0 = ({ encoding: A, maxBuffer: e, ...t }) => ({ ...t, encoding: 'buffer', maxBuffer: Mn(e) }),
  X0 = ({
    error: A,
    exitCode: e,
    signal: t,
    timedOut: r,
    isMaxBuffer: n,
    stdio: o,
    all: i,
    options: s,
    command: g,
    escapedCommand: Q,
    startTime: I,
  }) =>
    A === void 0
      ? Tn({ command: g, escapedCommand: Q, stdio: o, all: i, ipcOutput: [], options: s, startTime: I })
      : Kt({
          error: A,
          command: g,
          escapedCommand: Q,
          timedOut: r,
          isCanceled: !1,
          isGracefullyCanceled: !1,
          isMaxBuffer: n,
          isForcefullyTerminated: !1,
          exitCode: e,
          signal: t,
          stdio: o,
          all: i,
          ipcOutput: [],
          options: s,
          startTime: I,
          isSync: !0,
        });
var zc = require('node:events'),
  jc = require('node:child_process');
var ts = eA(require('node:process'), 1);
var ht = require('node:events');
var PC = ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }, { reference: n = !0, filter: o } = {}) => (
    Qt({ methodName: 'getOneMessage', isSubprocess: t, ipc: r, isConnected: cn(A) }),
    K0({ anyProcess: A, channel: e, isSubprocess: t, filter: o, reference: n })
  ),
  K0 = async ({ anyProcess: A, channel: e, isSubprocess: t, filter: r, reference: n }) => {
    In(e, n);
    const o = Qe(A, e, t),
      i = new AbortController();
    try {
      return await Promise.race([z0(o, r, i), j0(o, t, i), $0(o, t, i)]);
    } catch (s) {
      throw (Et(A), s);
    } finally {
      i.abort(), Bn(e, n);
    }
  },
  z0 = async (A, e, { signal: t }) => {
    if (e === void 0) {
      const [r] = await (0, ht.once)(A, 'message', { signal: t });
      return r;
    }
    for await (const [r] of (0, ht.on)(A, 'message', { signal: t })) if (e(r)) return r;
  },
  j0 = async (A, e, { signal: t }) => {
    await (0, ht.once)(A, 'disconnect', { signal: t }), aB(e);
  },
  $0 = async (A, e, { signal: t }) => {
    const [r] = await (0, ht.once)(A, 'strict:error', { signal: t });
    throw gn(r, e);
  };
var $t = require('node:events');
var vC = ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r }, { reference: n = !0 } = {}) =>
    es({ anyProcess: A, channel: e, isSubprocess: t, ipc: r, shouldAwait: !t, reference: n }),
  es = ({ anyProcess: A, channel: e, isSubprocess: t, ipc: r, shouldAwait: n, reference: o }) => {
    Qt({ methodName: 'getEachMessage', isSubprocess: t, ipc: r, isConnected: cn(A) }), In(e, o);
    const i = Qe(A, e, t),
      s = new AbortController(),
      g = {};
    return (
      AS(A, i, s),
      eS({ ipcEmitter: i, isSubprocess: t, controller: s, state: g }),
      tS({
        anyProcess: A,
        channel: e,
        ipcEmitter: i,
        isSubprocess: t,
        shouldAwait: n,
        controller: s,
        state: g,
        reference: o,
      })
    );
  },
  AS = async (A, e, t) => {
    try {
      await (0, $t.once)(e, 'disconnect', { signal: t.signal }), t.abort();
    } catch {}
  },
  eS = async ({ ipcEmitter: A, isSubprocess: e, controller: t, state: r }) => {
    try {
      const [n] = await (0, $t.once)(A, 'strict:error', { signal: t.signal });
      (r.error = gn(n, e)), t.abort();
    } catch {}
  },
  tS = async function* ({
    anyProcess: A,
    channel: e,
    ipcEmitter: t,
    isSubprocess: r,
    shouldAwait: n,
    controller: o,
    state: i,
    reference: s,
  }) {
    try {
      for await (const [g] of (0, $t.on)(t, 'message', { signal: o.signal })) _C(i), yield g;
    } catch {
      _C(i);
    } finally {
      o.abort(), Bn(e, s), r || Et(A), n && (await A);
    }
  },
  _C = ({ error: A }) => {
    if (A) throw A;
  };
var qC = (A, { ipc: e }) => {
    Object.assign(A, XC(A, !1, e));
  },
  ZC = () => {
    const A = ts.default,
      e = !0,
      t = ts.default.channel !== void 0;
    return {
      ...XC(A, e, t),
      getCancelSignal: qB.bind(void 0, { anyProcess: A, channel: A.channel, isSubprocess: e, ipc: t }),
    };
  },
  XC = (A, e, t) => ({
    sendMessage: fn.bind(void 0, { anyProcess: A, channel: A.channel, isSubprocess: e, ipc: t }),
    getOneMessage: PC.bind(void 0, { anyProcess: A, channel: A.channel, isSubprocess: e, ipc: t }),
    getEachMessage: vC.bind(void 0, { anyProcess: A, channel: A.channel, isSubprocess: e, ipc: t }),
  });
var KC = require('node:child_process'),
  Ie = require('node:stream');
var zC = ({
    error: A,
    command: e,
    escapedCommand: t,
    fileDescriptors: r,
    options: n,
    startTime: o,
    verboseInfo: i,
  }) => {
    _i(r);
    const s = new KC.ChildProcess();
    rS(s, r), Object.assign(s, { readable: nS, writable: oS, duplex: iS });
    const g = Ct({ error: A, command: e, escapedCommand: t, fileDescriptors: r, options: n, startTime: o, isSync: !1 }),
      Q = sS(g, i, n);
    return { subprocess: s, promise: Q };
  },
  rS = (A, e) => {
    const t = Ar(),
      r = Ar(),
      n = Ar(),
      o = Array.from({ length: e.length - 3 }, Ar),
      i = Ar(),
      s = [t, r, n, ...o];
    Object.assign(A, { stdin: t, stdout: r, stderr: n, all: i, stdio: s });
  },
  Ar = () => {
    const A = new Ie.PassThrough();
    return (A.end(), A);
  },
  nS = () => new Ie.Readable({ read() {} }),
  oS = () => new Ie.Writable({ write() {} }),
  iS = () => new Ie.Duplex({ read() {}, write() {} }),
  sS = async (A, e, t) => ct(A, e, t);
var ut = require('node:fs'),
  $C = require('node:buffer'),
  xA = require('node:stream');
var Ac = (A, e) => xn(gS, A, e, !1),
  er = ({ type: A, optionName: e }) => {
    throw new TypeError(`The \`${e}\` option cannot be ${Ee[A]}.`);
  },
  jC = {
    fileNumber: er,
    generator: $i,
    asyncGenerator: $i,
    nodeStream: ({ value: A }) => ({ stream: A }),
    webTransform({ value: { transform: A, writableObjectMode: e, readableObjectMode: t } }) {
      const r = e || t;
      return { stream: xA.Duplex.fromWeb(A, { objectMode: r }) };
    },
    duplex: ({ value: { transform: A } }) => ({ stream: A }),
    native() {},
  },
  gS = {
    input: {
      ...jC,
      fileUrl: ({ value: A }) => ({ stream: (0, ut.createReadStream)(A) }),
      filePath: ({ value: { file: A } }) => ({ stream: (0, ut.createReadStream)(A) }),
      webStream: ({ value: A }) => ({ stream: xA.Readable.fromWeb(A) }),
      iterable: ({ value: A }) => ({ stream: xA.Readable.from(A) }),
      asyncIterable: ({ value: A }) => ({ stream: xA.Readable.from(A) }),
      string: ({ value: A }) => ({ stream: xA.Readable.from(A) }),
      uint8Array: ({ value: A }) => ({ stream: xA.Readable.from($C.Buffer.from(A)) }),
    },
    output: {
      ...jC,
      fileUrl: ({ value: A }) => ({ stream: (0, ut.createWriteStream)(A) }),
      filePath: ({ value: { file: A, append: e } }) => ({
        stream: (0, ut.createWriteStream)(A, e ? { flags: 'a' } : {}),
      }),
      webStream: ({ value: A }) => ({ stream: xA.Writable.fromWeb(A) }),
      iterable: er,
      asyncIterable: er,
      string: er,
      uint8Array: er,
    },
  };
var tr = require('node:events'),
  qn = require('node:stream'),
  os = require('node:stream/promises');
function Te(A) {
  if (!Array.isArray(A)) throw new TypeError(`Expected an array, got \`${typeof A}\`.`);
  for (const n of A) ns(n);
  const e = A.some(({ readableObjectMode: n }) => n),
    t = QS(A, e),
    r = new rs({ objectMode: e, writableHighWaterMark: t, readableHighWaterMark: t });
  for (const n of A) r.add(n);
  return r;
}
var QS = (A, e) => {
    if (A.length === 0) return (0, qn.getDefaultHighWaterMark)(e);
    const t = A.filter(({ readableObjectMode: r }) => r === e).map(({ readableHighWaterMark: r }) => r);
    return Math.max(...t);
  },
  rs = class extends qn.PassThrough {
    #A = new Set([]);
    #e = new Set([]);
    #t = new Set([]);
    #r;
    #o = Symbol('unpipe');
    #n = new WeakMap();
    add(e) {
      if ((ns(e), this.#A.has(e))) return;
      this.#A.add(e), (this.#r ??= ES(this, this.#A, this.#o));
      const t = aS({
        passThroughStream: this,
        stream: e,
        streams: this.#A,
        ended: this.#e,
        aborted: this.#t,
        onFinished: this.#r,
        unpipeEvent: this.#o,
      });
      this.#n.set(e, t), e.pipe(this, { end: !1 });
    }
    async remove(e) {
      if ((ns(e), !this.#A.has(e))) return !1;
      const t = this.#n.get(e);
      return t === void 0 ? !1 : (this.#n.delete(e), e.unpipe(this), await t, !0);
    }
  },
  ES = async (A, e, t) => {
    vn(A, ec);
    const r = new AbortController();
    try {
      await Promise.race([IS(A, r), BS(A, e, t, r)]);
    } finally {
      r.abort(), vn(A, -ec);
    }
  },
  IS = async (A, { signal: e }) => {
    try {
      await (0, os.finished)(A, { signal: e, cleanup: !0 });
    } catch (t) {
      throw (rc(A, t), t);
    }
  },
  BS = async (A, e, t, { signal: r }) => {
    for await (const [n] of (0, tr.on)(A, 'unpipe', { signal: r })) e.has(n) && n.emit(t);
  },
  ns = (A) => {
    if (typeof A?.pipe != 'function') throw new TypeError(`Expected a readable stream, got: \`${typeof A}\`.`);
  },
  aS = async ({ passThroughStream: A, stream: e, streams: t, ended: r, aborted: n, onFinished: o, unpipeEvent: i }) => {
    vn(A, tc);
    const s = new AbortController();
    try {
      await Promise.race([
        CS(o, e, s),
        cS({ passThroughStream: A, stream: e, streams: t, ended: r, aborted: n, controller: s }),
        lS({ stream: e, streams: t, ended: r, aborted: n, unpipeEvent: i, controller: s }),
      ]);
    } finally {
      s.abort(), vn(A, -tc);
    }
    t.size > 0 && t.size === r.size + n.size && (r.size === 0 && n.size > 0 ? is(A) : hS(A));
  },
  CS = async (A, e, { signal: t }) => {
    try {
      await A, t.aborted || is(e);
    } catch (r) {
      t.aborted || rc(e, r);
    }
  },
  cS = async ({ passThroughStream: A, stream: e, streams: t, ended: r, aborted: n, controller: { signal: o } }) => {
    try {
      await (0, os.finished)(e, { signal: o, cleanup: !0, readable: !0, writable: !1 }), t.has(e) && r.add(e);
    } catch (i) {
      if (o.aborted || !t.has(e)) return;
      nc(i) ? n.add(e) : oc(A, i);
    }
  },
  lS = async ({ stream: A, streams: e, ended: t, aborted: r, unpipeEvent: n, controller: { signal: o } }) => {
    if ((await (0, tr.once)(A, n, { signal: o }), !A.readable)) return (0, tr.once)(o, 'abort', { signal: o });
    e.delete(A), t.delete(A), r.delete(A);
  },
  hS = (A) => {
    A.writable && A.end();
  },
  rc = (A, e) => {
    nc(e) ? is(A) : oc(A, e);
  },
  nc = (A) => A?.code === 'ERR_STREAM_PREMATURE_CLOSE',
  is = (A) => {
    (A.readable || A.writable) && A.destroy();
  },
  oc = (A, e) => {
    A.destroyed || (A.once('error', uS), A.destroy(e));
  },
  uS = () => {},
  vn = (A, e) => {
    const t = A.getMaxListeners();
    t !== 0 && t !== Number.POSITIVE_INFINITY && A.setMaxListeners(t + e);
  },
  ec = 2,
  tc = 1;
var ss = require('node:stream/promises');
var ft = (A, e) => {
    A.pipe(e), fS(A, e), dS(A, e);
  },
  fS = async (A, e) => {
    if (!(pA(A) || pA(e))) {
      try {
        await (0, ss.finished)(A, { cleanup: !0, readable: !0, writable: !1 });
      } catch {}
      gs(e);
    }
  },
  gs = (A) => {
    A.writable && A.end();
  },
  dS = async (A, e) => {
    if (!(pA(A) || pA(e))) {
      try {
        await (0, ss.finished)(e, { cleanup: !0, readable: !1, writable: !0 });
      } catch {}
      Qs(A);
    }
  },
  Qs = (A) => {
    A.readable && A.destroy();
  };
var ic = (A, e, t) => {
    const r = new Map();
    for (const [n, { stdioItems: o, direction: i }] of Object.entries(e)) {
      for (const { stream: s } of o.filter(({ type: g }) => hA.has(g))) DS(A, s, i, n);
      for (const { stream: s } of o.filter(({ type: g }) => !hA.has(g)))
        wS({ subprocess: A, stream: s, direction: i, fdNumber: n, pipeGroups: r, controller: t });
    }
    for (const [n, o] of r.entries()) {
      const i = o.length === 1 ? o[0] : Te(o);
      ft(i, n);
    }
  },
  DS = (A, e, t, r) => {
    t === 'output' ? ft(A.stdio[r], e) : ft(e, A.stdio[r]);
    const n = yS[r];
    n !== void 0 && (A[n] = e), (A.stdio[r] = e);
  },
  yS = ['stdin', 'stdout', 'stderr'],
  wS = ({ subprocess: A, stream: e, direction: t, fdNumber: r, pipeGroups: n, controller: o }) => {
    if (e === void 0) return;
    pS(e, o);
    const [i, s] = t === 'output' ? [e, A.stdio[r]] : [A.stdio[r], e],
      g = n.get(i) ?? [];
    n.set(i, [...g, s]);
  },
  pS = (A, { signal: e }) => {
    pA(A) && Re(A, SS, e);
  },
  SS = 2;
var gc = require('node:events');
var be = [];
be.push('SIGHUP', 'SIGINT', 'SIGTERM');
process.platform !== 'win32' &&
  be.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT');
process.platform === 'linux' && be.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
var Zn = (A) =>
    !!A &&
    typeof A == 'object' &&
    typeof A.removeListener == 'function' &&
    typeof A.emit == 'function' &&
    typeof A.reallyExit == 'function' &&
    typeof A.listeners == 'function' &&
    typeof A.kill == 'function' &&
    typeof A.pid == 'number' &&
    typeof A.on == 'function',
  Es = Symbol.for('signal-exit emitter'),
  Is = globalThis,
  mS = Object.defineProperty.bind(Object),
  Bs = class {
    emitted = { afterExit: !1, exit: !1 };
    listeners = { afterExit: [], exit: [] };
    count = 0;
    id = Math.random();
    constructor() {
      if (Is[Es]) return Is[Es];
      mS(Is, Es, { value: this, writable: !1, enumerable: !1, configurable: !1 });
    }
    on(e, t) {
      this.listeners[e].push(t);
    }
    removeListener(e, t) {
      const r = this.listeners[e],
        n = r.indexOf(t);
      n !== -1 && (n === 0 && r.length === 1 ? (r.length = 0) : r.splice(n, 1));
    }
    emit(e, t, r) {
      if (this.emitted[e]) return !1;
      this.emitted[e] = !0;
      let n = !1;
      for (const o of this.listeners[e]) n = o(t, r) === !0 || n;
      return (e === 'exit' && (n = this.emit('afterExit', t, r) || n), n);
    }
  },
  Xn = class {},
  NS = (A) => ({
    onExit(e, t) {
      return A.onExit(e, t);
    },
    load() {
      return A.load();
    },
    unload() {
      return A.unload();
    },
  }),
  as = class extends Xn {
    onExit() {
      return () => {};
    }
    load() {}
    unload() {}
  },
  Cs = class extends Xn {
    #A = cs.platform === 'win32' ? 'SIGINT' : 'SIGHUP';
    #e = new Bs();
    #t;
    #r;
    #o;
    #n = {};
    #i = !1;
    constructor(e) {
      super(), (this.#t = e), (this.#n = {});
      for (const t of be)
        this.#n[t] = () => {
          let r = this.#t.listeners(t),
            { count: n } = this.#e,
            o = e;
          if (
            (typeof o.__signal_exit_emitter__ == 'object' &&
              typeof o.__signal_exit_emitter__.count == 'number' &&
              (n += o.__signal_exit_emitter__.count),
            r.length === n)
          ) {
            this.unload();
            const i = this.#e.emit('exit', null, t),
              s = t === 'SIGHUP' ? this.#A : t;
            i || e.kill(e.pid, s);
          }
        };
      (this.#o = e.reallyExit), (this.#r = e.emit);
    }
    onExit(e, t) {
      if (!Zn(this.#t)) return () => {};
      this.#i === !1 && this.load();
      const r = t?.alwaysLast ? 'afterExit' : 'exit';
      return (
        this.#e.on(r, e),
        () => {
          this.#e.removeListener(r, e),
            this.#e.listeners.exit.length === 0 && this.#e.listeners.afterExit.length === 0 && this.unload();
        }
      );
    }
    load() {
      if (!this.#i) {
        (this.#i = !0), (this.#e.count += 1);
        for (const e of be)
          try {
            const t = this.#n[e];
            t && this.#t.on(e, t);
          } catch {}
        (this.#t.emit = (e, ...t) => this.#g(e, ...t)), (this.#t.reallyExit = (e) => this.#s(e));
      }
    }
    unload() {
      this.#i &&
        ((this.#i = !1),
        be.forEach((e) => {
          const t = this.#n[e];
          if (!t) throw new Error('Listener not defined for signal: ' + e);
          try {
            this.#t.removeListener(e, t);
          } catch {}
        }),
        (this.#t.emit = this.#r),
        (this.#t.reallyExit = this.#o),
        (this.#e.count -= 1));
    }
    #s(e) {
      return Zn(this.#t)
        ? ((this.#t.exitCode = e || 0),
          this.#e.emit('exit', this.#t.exitCode, null),
          this.#o.call(this.#t, this.#t.exitCode))
        : 0;
    }
    #g(e, ...t) {
      const r = this.#r;
      if (e === 'exit' && Zn(this.#t)) {
        typeof t[0] == 'number' && (this.#t.exitCode = t[0]);
        const n = r.call(this.#t, e, ...t);
        return (this.#e.emit('exit', this.#t.exitCode, null), n);
      } else return r.call(this.#t, e, ...t);
    }
  },
  cs = globalThis.process,
  { onExit: sc, load: HV, unload: GV } = NS(Zn(cs) ? new Cs(cs) : new as());
var Qc = (A, { cleanup: e, detached: t }, { signal: r }) => {
  if (!e || t) return;
  const n = sc(() => {
    A.kill();
  });
  (0, gc.addAbortListener)(r, () => {
    n();
  });
};
var Ic = ({ source: A, sourcePromise: e, boundOptions: t, createNested: r }, ...n) => {
    const o = $r(),
      { destination: i, destinationStream: s, destinationError: g, from: Q, unpipeSignal: I } = RS(t, r, n),
      { sourceStream: B, sourceError: c } = US(A, Q),
      { options: C, fileDescriptors: h } = kA.get(A);
    return {
      sourcePromise: e,
      sourceStream: B,
      sourceOptions: C,
      sourceError: c,
      destination: i,
      destinationStream: s,
      destinationError: g,
      unpipeSignal: I,
      fileDescriptors: h,
      startTime: o,
    };
  },
  RS = (A, e, t) => {
    try {
      const { destination: r, pipeOptions: { from: n, to: o, unpipeSignal: i } = {} } = FS(A, e, ...t),
        s = En(r, o);
      return { destination: r, destinationStream: s, from: n, unpipeSignal: i };
    } catch (r) {
      return { destinationError: r };
    }
  },
  FS = (A, e, t, ...r) => {
    if (Array.isArray(t)) return { destination: e(Ec, A)(t, ...r), pipeOptions: A };
    if (typeof t == 'string' || t instanceof URL || zo(t)) {
      if (Object.keys(A).length > 0)
        throw new TypeError(
          'Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).',
        );
      const [n, o, i] = Jr(t, ...r);
      return { destination: e(Ec)(n, o, i), pipeOptions: i };
    }
    if (kA.has(t)) {
      if (Object.keys(A).length > 0)
        throw new TypeError(
          'Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).',
        );
      return { destination: t, pipeOptions: r[0] };
    }
    throw new TypeError(
      `The first argument must be a template string, an options object, or an Execa subprocess: ${t}`,
    );
  },
  Ec = ({ options: A }) => ({ options: { ...A, stdin: 'pipe', piped: !0 } }),
  US = (A, e) => {
    try {
      return { sourceStream: It(A, e) };
    } catch (t) {
      return { sourceError: t };
    }
  };
var ac = ({
    sourceStream: A,
    sourceError: e,
    destinationStream: t,
    destinationError: r,
    fileDescriptors: n,
    sourceOptions: o,
    startTime: i,
  }) => {
    const s = MS({ sourceStream: A, sourceError: e, destinationStream: t, destinationError: r });
    if (s !== void 0) throw ls({ error: s, fileDescriptors: n, sourceOptions: o, startTime: i });
  },
  MS = ({ sourceStream: A, sourceError: e, destinationStream: t, destinationError: r }) => {
    if (e !== void 0 && r !== void 0) return r;
    if (r !== void 0) return (Qs(A), r);
    if (e !== void 0) return (gs(t), e);
  },
  ls = ({ error: A, fileDescriptors: e, sourceOptions: t, startTime: r }) =>
    Ct({ error: A, command: Bc, escapedCommand: Bc, fileDescriptors: e, options: t, startTime: r, isSync: !1 }),
  Bc = 'source.pipe(destination)';
var Cc = async (A) => {
  const [{ status: e, reason: t, value: r = t }, { status: n, reason: o, value: i = o }] = await A;
  if ((i.pipedFrom.includes(r) || i.pipedFrom.push(r), n === 'rejected')) throw i;
  if (e === 'rejected') throw r;
  return i;
};
var cc = require('node:stream/promises');
var lc = (A, e, t) => {
    const r = Kn.has(e) ? bS(A, e) : TS(A, e);
    return (Re(A, LS, t.signal), Re(e, YS, t.signal), kS(e), r);
  },
  TS = (A, e) => {
    const t = Te([A]);
    return (ft(t, e), Kn.set(e, t), t);
  },
  bS = (A, e) => {
    const t = Kn.get(e);
    return (t.add(A), t);
  },
  kS = async (A) => {
    try {
      await (0, cc.finished)(A, { cleanup: !0, readable: !1, writable: !0 });
    } catch {}
    Kn.delete(A);
  },
  Kn = new WeakMap(),
  LS = 2,
  YS = 1;
var hc = require('node:util');
var uc = (A, e) => (A === void 0 ? [] : [xS(A, e)]),
  xS = async (A, { sourceStream: e, mergedStream: t, fileDescriptors: r, sourceOptions: n, startTime: o }) => {
    await (0, hc.aborted)(A, e), await t.remove(e);
    const i = new Error('Pipe canceled by `unpipeSignal` option.');
    throw ls({ error: i, fileDescriptors: r, sourceOptions: n, startTime: o });
  };
var zn = (A, ...e) => {
    if (W(e[0])) return zn.bind(void 0, { ...A, boundOptions: { ...A.boundOptions, ...e[0] } });
    const { destination: t, ...r } = Ic(A, ...e),
      n = HS({ ...r, destination: t });
    return ((n.pipe = zn.bind(void 0, { ...A, source: t, sourcePromise: n, boundOptions: {} })), n);
  },
  HS = async ({
    sourcePromise: A,
    sourceStream: e,
    sourceOptions: t,
    sourceError: r,
    destination: n,
    destinationStream: o,
    destinationError: i,
    unpipeSignal: s,
    fileDescriptors: g,
    startTime: Q,
  }) => {
    const I = GS(A, n);
    ac({
      sourceStream: e,
      sourceError: r,
      destinationStream: o,
      destinationError: i,
      fileDescriptors: g,
      sourceOptions: t,
      startTime: Q,
    });
    const B = new AbortController();
    try {
      const c = lc(e, o, B);
      return await Promise.race([
        Cc(I),
        ...uc(s, { sourceStream: e, mergedStream: c, sourceOptions: t, fileDescriptors: g, startTime: Q }),
      ]);
    } finally {
      B.abort();
    }
  },
  GS = (A, e) => Promise.allSettled([A, e]);
var wc = require('node:timers/promises');
var dc = require('node:events'),
  Dc = require('node:stream');
var jn = ({ subprocessStdout: A, subprocess: e, binary: t, shouldEncode: r, encoding: n, preserveNewlines: o }) => {
    const i = new AbortController();
    return (
      VS(e, i),
      yc({
        stream: A,
        controller: i,
        binary: t,
        shouldEncode: !A.readableObjectMode && r,
        encoding: n,
        shouldSplit: !A.readableObjectMode,
        preserveNewlines: o,
      })
    );
  },
  VS = async (A, e) => {
    try {
      await A;
    } catch {
    } finally {
      e.abort();
    }
  },
  hs = ({ stream: A, onStreamEnd: e, lines: t, encoding: r, stripFinalNewline: n, allMixed: o }) => {
    const i = new AbortController();
    OS(e, i, A);
    const s = A.readableObjectMode && !o;
    return yc({
      stream: A,
      controller: i,
      binary: r === 'buffer',
      shouldEncode: !s,
      encoding: r,
      shouldSplit: !s && t,
      preserveNewlines: !n,
    });
  },
  OS = async (A, e, t) => {
    try {
      await A;
    } catch {
      t.destroy();
    } finally {
      e.abort();
    }
  },
  yc = ({ stream: A, controller: e, binary: t, shouldEncode: r, encoding: n, shouldSplit: o, preserveNewlines: i }) => {
    const s = (0, dc.on)(A, 'data', { signal: e.signal, highWaterMark: fc, highWatermark: fc });
    return JS({
      onStdoutChunk: s,
      controller: e,
      binary: t,
      shouldEncode: r,
      encoding: n,
      shouldSplit: o,
      preserveNewlines: i,
    });
  },
  us = (0, Dc.getDefaultHighWaterMark)(!0),
  fc = us,
  JS = async function* ({
    onStdoutChunk: A,
    controller: e,
    binary: t,
    shouldEncode: r,
    encoding: n,
    shouldSplit: o,
    preserveNewlines: i,
  }) {
    const s = WS({ binary: t, shouldEncode: r, encoding: n, shouldSplit: o, preserveNewlines: i });
    try {
      for await (const [g] of A) yield* Me(g, s, 0);
    } catch (g) {
      if (!e.signal.aborted) throw g;
    } finally {
      yield* zt(s);
    }
  },
  WS = ({ binary: A, shouldEncode: e, encoding: t, shouldSplit: r, preserveNewlines: n }) =>
    [Gn(A, t, !e), Hn(A, n, !r, {})].filter(Boolean);
var pc = async ({
    stream: A,
    onStreamEnd: e,
    fdNumber: t,
    encoding: r,
    buffer: n,
    maxBuffer: o,
    lines: i,
    allMixed: s,
    stripFinalNewline: g,
    verboseInfo: Q,
    streamInfo: I,
  }) => {
    const B = PS({ stream: A, onStreamEnd: e, fdNumber: t, encoding: r, allMixed: s, verboseInfo: Q, streamInfo: I });
    if (!n) {
      await Promise.all([_S(A), B]);
      return;
    }
    const c = qi(g, t),
      C = hs({ stream: A, onStreamEnd: e, lines: i, encoding: r, stripFinalNewline: c, allMixed: s }),
      [h] = await Promise.all([vS({ stream: A, iterable: C, fdNumber: t, encoding: r, maxBuffer: o, lines: i }), B]);
    return h;
  },
  PS = async ({
    stream: A,
    onStreamEnd: e,
    fdNumber: t,
    encoding: r,
    allMixed: n,
    verboseInfo: o,
    streamInfo: { fileDescriptors: i },
  }) => {
    if (!Jn({ stdioItems: i[t]?.stdioItems, encoding: r, verboseInfo: o, fdNumber: t })) return;
    const s = hs({ stream: A, onStreamEnd: e, lines: !0, encoding: r, stripFinalNewline: !0, allMixed: n });
    await bC(s, A, t, o);
  },
  _S = async (A) => {
    await (0, wc.setImmediate)(), A.readableFlowing === null && A.resume();
  },
  vS = async ({
    stream: A,
    stream: { readableObjectMode: e },
    iterable: t,
    fdNumber: r,
    encoding: n,
    maxBuffer: o,
    lines: i,
  }) => {
    try {
      return e || i
        ? await Nn(t, { maxBuffer: o })
        : n === 'buffer'
          ? new Uint8Array(await Rn(t, { maxBuffer: o }))
          : await Un(t, { maxBuffer: o });
    } catch (s) {
      return Sc(Ua({ error: s, stream: A, readableObjectMode: e, lines: i, encoding: n, fdNumber: r }));
    }
  },
  fs = async (A) => {
    try {
      return await A;
    } catch (e) {
      return Sc(e);
    }
  },
  Sc = ({ bufferedData: A }) => (pE(A) ? new Uint8Array(A) : A);
var Nc = require('node:stream/promises'),
  rr = async (A, e, t, { isSameDirection: r, stopOnExit: n = !1 } = {}) => {
    const o = qS(A, t),
      i = new AbortController();
    try {
      await Promise.race([...(n ? [t.exitPromise] : []), (0, Nc.finished)(A, { cleanup: !0, signal: i.signal })]);
    } catch (s) {
      o.stdinCleanedUp || KS(s, e, t, r);
    } finally {
      i.abort();
    }
  },
  qS = (A, { originalStreams: [e], subprocess: t }) => {
    const r = { stdinCleanedUp: !1 };
    return (A === e && ZS(A, t, r), r);
  },
  ZS = (A, e, t) => {
    const { _destroy: r } = A;
    A._destroy = (...n) => {
      XS(e, t), r.call(A, ...n);
    };
  },
  XS = ({ exitCode: A, signalCode: e }, t) => {
    (A !== null || e !== null) && (t.stdinCleanedUp = !0);
  },
  KS = (A, e, t, r) => {
    if (!zS(A, e, t, r)) throw A;
  },
  zS = (A, e, t, r = !0) => (t.propagating ? mc(A) || $n(A) : ((t.propagating = !0), ds(t, e) === r ? mc(A) : $n(A))),
  ds = ({ fileDescriptors: A }, e) => e !== 'all' && A[e].direction === 'input',
  $n = (A) => A?.code === 'ERR_STREAM_PREMATURE_CLOSE',
  mc = (A) => A?.code === 'EPIPE';
var Rc = ({
    subprocess: A,
    encoding: e,
    buffer: t,
    maxBuffer: r,
    lines: n,
    stripFinalNewline: o,
    verboseInfo: i,
    streamInfo: s,
  }) =>
    A.stdio.map((g, Q) =>
      Ds({
        stream: g,
        fdNumber: Q,
        encoding: e,
        buffer: t[Q],
        maxBuffer: r[Q],
        lines: n[Q],
        allMixed: !1,
        stripFinalNewline: o,
        verboseInfo: i,
        streamInfo: s,
      }),
    ),
  Ds = async ({
    stream: A,
    fdNumber: e,
    encoding: t,
    buffer: r,
    maxBuffer: n,
    lines: o,
    allMixed: i,
    stripFinalNewline: s,
    verboseInfo: g,
    streamInfo: Q,
  }) => {
    if (!A) return;
    const I = rr(A, e, Q);
    if (ds(Q, e)) {
      await I;
      return;
    }
    const [B] = await Promise.all([
      pc({
        stream: A,
        onStreamEnd: I,
        fdNumber: e,
        encoding: t,
        buffer: r,
        maxBuffer: n,
        lines: o,
        allMixed: i,
        stripFinalNewline: s,
        verboseInfo: g,
        streamInfo: Q,
      }),
      I,
    ]);
    return B;
  };
var Fc = ({ stdout: A, stderr: e }, { all: t }) => (t && (A || e) ? Te([A, e].filter(Boolean)) : void 0),
  Uc = ({
    subprocess: A,
    encoding: e,
    buffer: t,
    maxBuffer: r,
    lines: n,
    stripFinalNewline: o,
    verboseInfo: i,
    streamInfo: s,
  }) =>
    Ds({
      ...jS(A, t),
      fdNumber: 'all',
      encoding: e,
      maxBuffer: r[1] + r[2],
      lines: n[1] || n[2],
      allMixed: $S(A),
      stripFinalNewline: o,
      verboseInfo: i,
      streamInfo: s,
    }),
  jS = ({ stdout: A, stderr: e, all: t }, [, r, n]) => {
    const o = r || n;
    return o
      ? r
        ? n
          ? { stream: t, buffer: o }
          : { stream: A, buffer: o }
        : { stream: e, buffer: o }
      : { stream: t, buffer: o };
  },
  $S = ({ all: A, stdout: e, stderr: t }) => A && e && t && e.readableObjectMode !== t.readableObjectMode;
var Lc = require('node:events');
var Mc = (A) => ot(A, 'ipc'),
  Tc = (A, e) => {
    const t = jr(A);
    TA({ type: 'ipc', verboseMessage: t, fdNumber: 'ipc', verboseInfo: e });
  };
var bc = async ({ subprocess: A, buffer: e, maxBuffer: t, ipc: r, ipcOutput: n, verboseInfo: o }) => {
    if (!r) return n;
    const i = Mc(o),
      s = qA(e, 'ipc'),
      g = qA(t, 'ipc');
    for await (const Q of es({
      anyProcess: A,
      channel: A.channel,
      isSubprocess: !1,
      ipc: r,
      shouldAwait: !1,
      reference: !0,
    }))
      s && (Ma(A, n, g), n.push(Q)), i && Tc(Q, o);
    return n;
  },
  kc = async (A, e) => (await Promise.allSettled([A]), e);
var Yc = async ({
    subprocess: A,
    options: {
      encoding: e,
      buffer: t,
      maxBuffer: r,
      lines: n,
      timeoutDuration: o,
      cancelSignal: i,
      gracefulCancel: s,
      forceKillAfterDelay: g,
      stripFinalNewline: Q,
      ipc: I,
      ipcInput: B,
    },
    context: c,
    verboseInfo: C,
    fileDescriptors: h,
    originalStreams: l,
    onInternalError: D,
    controller: f,
  }) => {
    const u = HC(A, c),
      d = { originalStreams: l, fileDescriptors: h, subprocess: A, exitPromise: u, propagating: !1 },
      p = Rc({
        subprocess: A,
        encoding: e,
        buffer: t,
        maxBuffer: r,
        lines: n,
        stripFinalNewline: Q,
        verboseInfo: C,
        streamInfo: d,
      }),
      b = Uc({
        subprocess: A,
        encoding: e,
        buffer: t,
        maxBuffer: r,
        lines: n,
        stripFinalNewline: Q,
        verboseInfo: C,
        streamInfo: d,
      }),
      _ = [],
      sA = bc({ subprocess: A, buffer: t, maxBuffer: r, ipc: I, ipcOutput: _, verboseInfo: C }),
      N = Am(l, A, d),
      R = em(h, d);
    try {
      return await Promise.race([
        Promise.all([{}, VC(u), Promise.all(p), b, sA, na(A, B), ...N, ...R]),
        D,
        tm(A, f),
        ...$B(A, o, c, f),
        ...BB({ subprocess: A, cancelSignal: i, gracefulCancel: s, context: c, controller: f }),
        ...KB({ subprocess: A, cancelSignal: i, gracefulCancel: s, forceKillAfterDelay: g, context: c, controller: f }),
      ]);
    } catch (k) {
      return (
        (c.terminationReason ??= 'other'),
        Promise.all([
          { error: k },
          u,
          Promise.all(p.map((v) => fs(v))),
          fs(b),
          kc(sA, _),
          Promise.allSettled(N),
          Promise.allSettled(R),
        ])
      );
    }
  },
  Am = (A, e, t) => A.map((r, n) => (r === e.stdio[n] ? void 0 : rr(r, n, t))),
  em = (A, e) =>
    A.flatMap(({ stdioItems: t }, r) =>
      t
        .filter(({ value: n, stream: o = n }) => NA(o, { checkOpen: !1 }) && !pA(o))
        .map(({ type: n, value: o, stream: i = o }) =>
          rr(i, r, e, { isSameDirection: hA.has(n), stopOnExit: n === 'native' }),
        ),
    ),
  tm = async (A, { signal: e }) => {
    const [t] = await (0, Lc.once)(A, 'error', { signal: e });
    throw t;
  };
var xc = () => ({ readableDestroy: new WeakMap(), writableFinal: new WeakMap(), writableDestroy: new WeakMap() }),
  nr = (A, e, t) => {
    const r = A[t];
    r.has(e) || r.set(e, []);
    const n = r.get(e),
      o = bA();
    return (n.push(o), { resolve: o.resolve.bind(o), promises: n });
  },
  dt = async ({ resolve: A, promises: e }, t) => {
    A();
    const [r] = await Promise.race([Promise.allSettled([!0, t]), Promise.all([!1, ...e])]);
    return !r;
  };
var Gc = require('node:stream'),
  Vc = require('node:util');
var ys = require('node:stream/promises');
var ws = async (A) => {
    if (A !== void 0)
      try {
        await ps(A);
      } catch {}
  },
  Hc = async (A) => {
    if (A !== void 0)
      try {
        await Ss(A);
      } catch {}
  },
  ps = async (A) => {
    await (0, ys.finished)(A, { cleanup: !0, readable: !1, writable: !0 });
  },
  Ss = async (A) => {
    await (0, ys.finished)(A, { cleanup: !0, readable: !0, writable: !1 });
  },
  Ao = async (A, e) => {
    if ((await A, e)) throw e;
  },
  eo = (A, e, t) => {
    t && !$n(t) ? A.destroy(t) : e && A.destroy();
  };
var Oc = (
    { subprocess: A, concurrentStreams: e, encoding: t },
    { from: r, binary: n = !0, preserveNewlines: o = !0 } = {},
  ) => {
    const i = n || gA.has(t),
      { subprocessStdout: s, waitReadableDestroy: g } = ms(A, r, e),
      { readableEncoding: Q, readableObjectMode: I, readableHighWaterMark: B } = Ns(s, i),
      { read: c, onStdoutDataDone: C } = Rs({
        subprocessStdout: s,
        subprocess: A,
        binary: i,
        encoding: t,
        preserveNewlines: o,
      }),
      h = new Gc.Readable({
        read: c,
        destroy: (0, Vc.callbackify)(Us.bind(void 0, { subprocessStdout: s, subprocess: A, waitReadableDestroy: g })),
        highWaterMark: B,
        objectMode: I,
        encoding: Q,
      });
    return (Fs({ subprocessStdout: s, onStdoutDataDone: C, readable: h, subprocess: A }), h);
  },
  ms = (A, e, t) => {
    const r = It(A, e),
      n = nr(t, r, 'readableDestroy');
    return { subprocessStdout: r, waitReadableDestroy: n };
  },
  Ns = ({ readableEncoding: A, readableObjectMode: e, readableHighWaterMark: t }, r) =>
    r
      ? { readableEncoding: A, readableObjectMode: e, readableHighWaterMark: t }
      : { readableEncoding: A, readableObjectMode: !0, readableHighWaterMark: us },
  Rs = ({ subprocessStdout: A, subprocess: e, binary: t, encoding: r, preserveNewlines: n }) => {
    const o = bA(),
      i = jn({ subprocessStdout: A, subprocess: e, binary: t, shouldEncode: !t, encoding: r, preserveNewlines: n });
    return {
      read() {
        rm(this, i, o);
      },
      onStdoutDataDone: o,
    };
  },
  rm = async (A, e, t) => {
    try {
      const { value: r, done: n } = await e.next();
      n ? t.resolve() : A.push(r);
    } catch {}
  },
  Fs = async ({ subprocessStdout: A, onStdoutDataDone: e, readable: t, subprocess: r, subprocessStdin: n }) => {
    try {
      await Ss(A), await r, await ws(n), await e, t.readable && t.push(null);
    } catch (o) {
      await ws(n), Jc(t, o);
    }
  },
  Us = async ({ subprocessStdout: A, subprocess: e, waitReadableDestroy: t }, r) => {
    (await dt(t, e)) && (Jc(A, r), await Ao(e, r));
  },
  Jc = (A, e) => {
    eo(A, A.readable, e);
  };
var Wc = require('node:stream'),
  Ms = require('node:util');
var Pc = ({ subprocess: A, concurrentStreams: e }, { to: t } = {}) => {
    const { subprocessStdin: r, waitWritableFinal: n, waitWritableDestroy: o } = Ts(A, t, e),
      i = new Wc.Writable({
        ...bs(r, A, n),
        destroy: (0, Ms.callbackify)(
          Ls.bind(void 0, { subprocessStdin: r, subprocess: A, waitWritableFinal: n, waitWritableDestroy: o }),
        ),
        highWaterMark: r.writableHighWaterMark,
        objectMode: r.writableObjectMode,
      });
    return (ks(r, i), i);
  },
  Ts = (A, e, t) => {
    const r = En(A, e),
      n = nr(t, r, 'writableFinal'),
      o = nr(t, r, 'writableDestroy');
    return { subprocessStdin: r, waitWritableFinal: n, waitWritableDestroy: o };
  },
  bs = (A, e, t) => ({ write: nm.bind(void 0, A), final: (0, Ms.callbackify)(om.bind(void 0, A, e, t)) }),
  nm = (A, e, t, r) => {
    A.write(e, t) ? r() : A.once('drain', r);
  },
  om = async (A, e, t) => {
    (await dt(t, e)) && (A.writable && A.end(), await e);
  },
  ks = async (A, e, t) => {
    try {
      await ps(A), e.writable && e.end();
    } catch (r) {
      await Hc(t), _c(e, r);
    }
  },
  Ls = async ({ subprocessStdin: A, subprocess: e, waitWritableFinal: t, waitWritableDestroy: r }, n) => {
    await dt(t, e), (await dt(r, e)) && (_c(A, n), await Ao(e, n));
  },
  _c = (A, e) => {
    eo(A, A.writable, e);
  };
var vc = require('node:stream'),
  qc = require('node:util');
var Zc = (
    { subprocess: A, concurrentStreams: e, encoding: t },
    { from: r, to: n, binary: o = !0, preserveNewlines: i = !0 } = {},
  ) => {
    const s = o || gA.has(t),
      { subprocessStdout: g, waitReadableDestroy: Q } = ms(A, r, e),
      { subprocessStdin: I, waitWritableFinal: B, waitWritableDestroy: c } = Ts(A, n, e),
      { readableEncoding: C, readableObjectMode: h, readableHighWaterMark: l } = Ns(g, s),
      { read: D, onStdoutDataDone: f } = Rs({
        subprocessStdout: g,
        subprocess: A,
        binary: s,
        encoding: t,
        preserveNewlines: i,
      }),
      u = new vc.Duplex({
        read: D,
        ...bs(I, A, B),
        destroy: (0, qc.callbackify)(
          im.bind(void 0, {
            subprocessStdout: g,
            subprocessStdin: I,
            subprocess: A,
            waitReadableDestroy: Q,
            waitWritableFinal: B,
            waitWritableDestroy: c,
          }),
        ),
        readableHighWaterMark: l,
        writableHighWaterMark: I.writableHighWaterMark,
        readableObjectMode: h,
        writableObjectMode: I.writableObjectMode,
        encoding: C,
      });
    return (
      Fs({ subprocessStdout: g, onStdoutDataDone: f, readable: u, subprocess: A, subprocessStdin: I }), ks(I, u, g), u
    );
  },
  im = async (
    {
      subprocessStdout: A,
      subprocessStdin: e,
      subprocess: t,
      waitReadableDestroy: r,
      waitWritableFinal: n,
      waitWritableDestroy: o,
    },
    i,
  ) => {
    await Promise.all([
      Us({ subprocessStdout: A, subprocess: t, waitReadableDestroy: r }, i),
      Ls({ subprocessStdin: e, subprocess: t, waitWritableFinal: n, waitWritableDestroy: o }, i),
    ]);
  };
var Ys = (A, e, { from: t, binary: r = !1, preserveNewlines: n = !1 } = {}) => {
    const o = r || gA.has(e),
      i = It(A, t),
      s = jn({ subprocessStdout: i, subprocess: A, binary: o, shouldEncode: !0, encoding: e, preserveNewlines: n });
    return sm(s, i, A);
  },
  sm = async function* (A, e, t) {
    try {
      yield* A;
    } finally {
      e.readable && e.destroy(), await t;
    }
  };
var Xc = (A, { encoding: e }) => {
  const t = xc();
  (A.readable = Oc.bind(void 0, { subprocess: A, concurrentStreams: t, encoding: e })),
    (A.writable = Pc.bind(void 0, { subprocess: A, concurrentStreams: t })),
    (A.duplex = Zc.bind(void 0, { subprocess: A, concurrentStreams: t, encoding: e })),
    (A.iterable = Ys.bind(void 0, A, e)),
    (A[Symbol.asyncIterator] = Ys.bind(void 0, A, e, {}));
};
var Kc = (A, e) => {
    for (const [t, r] of Qm) {
      const n = r.value.bind(e);
      Reflect.defineProperty(A, t, { ...r, value: n });
    }
  },
  gm = (async () => {})().constructor.prototype,
  Qm = ['then', 'catch', 'finally'].map((A) => [A, Reflect.getOwnPropertyDescriptor(gm, A)]);
var $c = (A, e, t, r) => {
    const {
        file: n,
        commandArguments: o,
        command: i,
        escapedCommand: s,
        startTime: g,
        verboseInfo: Q,
        options: I,
        fileDescriptors: B,
      } = Em(A, e, t),
      { subprocess: c, promise: C } = Bm({
        file: n,
        commandArguments: o,
        options: I,
        startTime: g,
        verboseInfo: Q,
        command: i,
        escapedCommand: s,
        fileDescriptors: B,
      });
    return (
      (c.pipe = zn.bind(void 0, { source: c, sourcePromise: C, boundOptions: {}, createNested: r })),
      Kc(c, C),
      kA.set(c, { options: I, fileDescriptors: B }),
      c
    );
  },
  Em = (A, e, t) => {
    const { command: r, escapedCommand: n, startTime: o, verboseInfo: i } = An(A, e, t),
      { file: s, commandArguments: g, options: Q } = yn(A, e, t),
      I = Im(Q),
      B = Ac(I, i);
    return {
      file: s,
      commandArguments: g,
      command: r,
      escapedCommand: n,
      startTime: o,
      verboseInfo: i,
      options: I,
      fileDescriptors: B,
    };
  },
  Im = ({ timeout: A, signal: e, ...t }) => {
    if (e !== void 0) throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
    return { ...t, timeoutDuration: A };
  },
  Bm = ({
    file: A,
    commandArguments: e,
    options: t,
    startTime: r,
    verboseInfo: n,
    command: o,
    escapedCommand: i,
    fileDescriptors: s,
  }) => {
    let g;
    try {
      g = (0, jc.spawn)(...wn(A, e, t));
    } catch (h) {
      return zC({
        error: h,
        command: o,
        escapedCommand: i,
        fileDescriptors: s,
        options: t,
        startTime: r,
        verboseInfo: n,
      });
    }
    const Q = new AbortController();
    (0, zc.setMaxListeners)(Number.POSITIVE_INFINITY, Q.signal);
    const I = [...g.stdio];
    ic(g, s, Q), Qc(g, t, Q);
    const B = {},
      c = bA();
    (g.kill = QB.bind(void 0, { kill: g.kill.bind(g), options: t, onInternalError: c, context: B, controller: Q })),
      (g.all = Fc(g, t)),
      Xc(g, t),
      qC(g, t);
    const C = am({
      subprocess: g,
      options: t,
      startTime: r,
      verboseInfo: n,
      fileDescriptors: s,
      originalStreams: I,
      command: o,
      escapedCommand: i,
      context: B,
      onInternalError: c,
      controller: Q,
    });
    return { subprocess: g, promise: C };
  },
  am = async ({
    subprocess: A,
    options: e,
    startTime: t,
    verboseInfo: r,
    fileDescriptors: n,
    originalStreams: o,
    command: i,
    escapedCommand: s,
    context: g,
    onInternalError: Q,
    controller: I,
  }) => {
    const [B, [c, C], h, l, D] = await Yc({
      subprocess: A,
      options: e,
      context: g,
      verboseInfo: r,
      fileDescriptors: n,
      originalStreams: o,
      onInternalError: Q,
      controller: I,
    });
    I.abort(), Q.resolve();
    const f = h.map((p, b) => XA(p, e, b)),
      u = XA(l, e, 'all'),
      d = Cm({
        errorInfo: B,
        exitCode: c,
        signal: C,
        stdio: f,
        all: u,
        ipcOutput: D,
        context: g,
        options: e,
        command: i,
        escapedCommand: s,
        startTime: t,
      });
    return ct(d, r, e);
  },
  Cm = ({
    errorInfo: A,
    exitCode: e,
    signal: t,
    stdio: r,
    all: n,
    ipcOutput: o,
    context: i,
    options: s,
    command: g,
    escapedCommand: Q,
    startTime: I,
  }) =>
    'error' in A
      ? Kt({
          error: A.error,
          command: g,
          escapedCommand: Q,
          timedOut: i.terminationReason === 'timeout',
          isCanceled: i.terminationReason === 'cancel' || i.terminationReason === 'gracefulCancel',
          isGracefullyCanceled: i.terminationReason === 'gracefulCancel',
          isMaxBuffer: A.error instanceof LA,
          isForcefullyTerminated: i.isForcefullyTerminated,
          exitCode: e,
          signal: t,
          stdio: r,
          all: n,
          ipcOutput: o,
          options: s,
          startTime: I,
          isSync: !1,
        })
      : Tn({ command: g, escapedCommand: Q, stdio: r, all: n, ipcOutput: o, options: s, startTime: I });
var to = (A, e) => {
    const t = Object.fromEntries(Object.entries(e).map(([r, n]) => [r, cm(r, A[r], n)]));
    return { ...A, ...t };
  },
  cm = (A, e, t) => (lm.has(A) && W(e) && W(t) ? { ...e, ...t } : t),
  lm = new Set(['env', ...ti]);
var Be = (A, e, t, r) => {
    const n = (i, s, g) => Be(i, s, t, g),
      o = (...i) => hm({ mapArguments: A, deepOptions: t, boundOptions: e, setBoundExeca: r, createNested: n }, ...i);
    return (r !== void 0 && r(o, n, e), o);
  },
  hm = ({ mapArguments: A, deepOptions: e = {}, boundOptions: t = {}, setBoundExeca: r, createNested: n }, o, ...i) => {
    if (W(o)) return n(A, to(t, o), r);
    const {
      file: s,
      commandArguments: g,
      options: Q,
      isSync: I,
    } = um({ mapArguments: A, firstArgument: o, nextArguments: i, deepOptions: e, boundOptions: t });
    return I ? WC(s, g, Q) : $c(s, g, Q, n);
  },
  um = ({ mapArguments: A, firstArgument: e, nextArguments: t, deepOptions: r, boundOptions: n }) => {
    const o = ME(e) ? TE(e, t) : [e, ...t],
      [i, s, g] = Jr(...o),
      Q = to(to(r, n), g),
      {
        file: I = i,
        commandArguments: B = s,
        options: c = Q,
        isSync: C = !1,
      } = A({ file: i, commandArguments: s, options: Q });
    return { file: I, commandArguments: B, options: c, isSync: C };
  };
var Al = ({ file: A, commandArguments: e }) => tl(A, e),
  el = ({ file: A, commandArguments: e }) => ({ ...tl(A, e), isSync: !0 }),
  tl = (A, e) => {
    if (e.length > 0)
      throw new TypeError(`The command and its arguments must be passed as a single string: ${A} ${e}.`);
    const [t, ...r] = fm(A);
    return { file: t, commandArguments: r };
  },
  fm = (A) => {
    if (typeof A != 'string') throw new TypeError(`The command must be a string: ${String(A)}.`);
    const e = A.trim();
    if (e === '') return [];
    const t = [];
    for (const r of e.split(dm)) {
      const n = t.at(-1);
      n && n.endsWith('\\') ? (t[t.length - 1] = `${n.slice(0, -1)} ${r}`) : t.push(r);
    }
    return t;
  },
  dm = / +/g;
var rl = (A, e, t) => {
    (A.sync = e(Dm, t)), (A.s = A.sync);
  },
  nl = ({ options: A }) => ol(A),
  Dm = ({ options: A }) => ({ ...ol(A), isSync: !0 }),
  ol = (A) => ({ options: { ...ym(A), ...A } }),
  ym = ({ input: A, inputFile: e, stdio: t }) =>
    A === void 0 && e === void 0 && t === void 0 ? { stdin: 'inherit' } : {},
  il = { preferLocal: !0 };
var sl = Be(() => ({})),
  I1 = Be(() => ({ isSync: !0 })),
  B1 = Be(Al),
  a1 = Be(el),
  C1 = Be(Aa),
  c1 = Be(nl, {}, il, rl),
  { sendMessage: l1, getOneMessage: h1, getEachMessage: u1, getCancelSignal: f1 } = ZC();
async function Ql(A, e, t = 'envman') {
  e.section('Publishing outputs');
  const r = await (0, ke.mkdtemp)((0, xs.join)((0, gl.tmpdir)(), 'authenticate-with-aws-'));
  try {
    for (const [n, o] of A.entries()) {
      const i = (0, xs.join)(r, String(n));
      await (0, ke.writeFile)(i, o.value, { mode: 384, flag: 'wx' });
      const s = ['add', '--key', o.key, '--valuefile', i, '--no-expand'];
      o.sensitive && s.push('--sensitive'), e.debug(`envman ${s.join(' ')}`);
      const g = await sl(t, s, { reject: !1, stdin: 'ignore', all: !0, timeout: 3e4 });
      if (g.failed) throw wm(o.key, g);
      await (0, ke.rm)(i);
    }
  } finally {
    await (0, ke.rm)(r, { recursive: !0, force: !0 });
  }
  e.print('The following outputs are exported as environment variables:');
  for (const n of A) e.print(`- $${n.key}${n.sensitive ? ' (sensitive)' : ''}`);
}
function wm(A, e) {
  if (e.code === 'ENOENT')
    return new L('envman was not found on PATH, so the outputs cannot be published.', {
      hint: 'envman comes with the Bitrise CLI; run this step with `bitrise run`, or install envman.',
    });
  const t = e.timedOut ? 'timed out' : `exited with code ${e.exitCode ?? 'unknown'}`,
    r = (e.all ?? '')
      .trim()
      .split(`
`)
      .slice(-5)
      .join(`
`);
  return new L(
    `envman could not publish ${A}: it ${t}${
      r
        ? `:
${r}`
        : '.'
    }`,
    { hint: 'Check that ENVMAN_ENVSTORE_PATH points to a writable envstore (the Bitrise CLI sets it for each step).' },
  );
}
var Wd = require('node:fs/promises');
var Yb = pd(),
  xb = Yd();
function xd() {
  return new Yb();
}
function Hd(A, e, t) {
  return xb.call(A, { ...t, origin: e.origin, path: `${e.pathname}${e.search}` });
}
var Hb = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
function Hr(A) {
  return Hb.test(A);
}
function Gd(A) {
  if (!Hr(A)) return;
  const e = A.split('.')[1] ?? '';
  try {
    const t = JSON.parse(Buffer.from(e, 'base64url').toString('utf8'));
    return typeof t == 'object' && t !== null && !Array.isArray(t) ? t : void 0;
  } catch {
    return;
  }
}
var Vd = 1024 * 1024;
function Gb(A) {
  const e = new URL(A.href);
  return ((e.pathname = `${e.pathname.replace(/\/+$/, '')}/id_token.json`), (e.search = ''), (e.hash = ''), e);
}
async function Od(A, e, t, r = Date.now) {
  const n = Gb(A.buildUrl),
    o = xd();
  try {
    return await Vb(n, A, o, e, t, r);
  } finally {
    await o.close();
  }
}
function Vb(A, e, t, r, n, o) {
  return CE('Getting the identity token from Bitrise', r, async (i, s) => {
    n.debug(`POST ${A.href} (attempt ${s}/${r.attempts}) {"aud":${JSON.stringify(e.audience)}}`);
    let g = o(),
      Q;
    try {
      const I = await Hd(t, A, {
        method: 'POST',
        signal: i,
        headers: {
          authorization: e.apiToken,
          build_api_token: e.apiToken,
          'content-type': 'application/json; charset=UTF-8',
          accept: 'application/json',
        },
        body: JSON.stringify({ aud: e.audience }),
      });
      Q = { status: I.statusCode, headers: I.headers, text: await Ob(I.body) };
    } catch (I) {
      throw Jb(A, I, i);
    }
    return (n.debug(`Bitrise answered HTTP ${Q.status} in ${o() - g} ms`), Pb(A, Q, o));
  });
}
async function Ob(A) {
  let e = [],
    t = 0;
  for await (const r of A) {
    if (((t += r.length), t > Vd))
      throw (A.destroy(), new L(`The answer was larger than ${Vd / 1024} KiB, far more than a token.`));
    e.push(r);
  }
  return Buffer.concat(e).toString('utf8');
}
function Jb(A, e, t) {
  if (e instanceof L) return e;
  if (t.aborted) return new ie(`The Bitrise API at ${A.origin} did not answer in time.`);
  const r = e.code,
    o = e.cause?.code ?? r ?? oe(e);
  return new ie(`Could not reach the Bitrise API at ${A.origin}: ${o}.`, { cause: e });
}
function EE(A, e) {
  const t = A[e];
  return Array.isArray(t) ? t[0] : t;
}
function Wb(A, e) {
  if (A === void 0) return;
  if (/^\d+$/.test(A.trim())) return Number(A.trim()) * 1e3;
  const t = Date.parse(A);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - e);
}
function qo(A) {
  try {
    const t = JSON.parse(A.text);
    if (typeof t.error_msg == 'string' && t.error_msg !== '') return t.error_msg;
  } catch {}
  const e = EE(A.headers, 'content-type') ?? 'no content type';
  return A.text === '' ? 'empty answer' : `a ${A.text.length}-byte ${e.split(';')[0]} answer`;
}
function Pb(A, e, t) {
  const { status: r } = e;
  if (r === 401 || r === 403)
    throw new L(`Bitrise refused the build API token (HTTP ${r}: ${qo(e)}).`, {
      hint: "`build_api_token` must be the running build's token: leave it at its default, $BITRISE_BUILD_API_TOKEN. A token from another build, or from a finished build, is refused.",
      exitCode: nA.refused,
    });
  if (r === 429 || (r >= 500 && r !== 501))
    throw new ie(`The Bitrise API answered HTTP ${r} (${qo(e)}).`, {
      retryAfterMs: Wb(EE(e.headers, 'retry-after'), t()),
    });
  if (r >= 300 && r < 400)
    throw new L(
      `The Bitrise API answered with a redirect (HTTP ${r}) to ${EE(e.headers, 'location') ?? 'nowhere'}; redirects are not followed, so the API token is not sent elsewhere.`,
      { hint: 'Check `build_url`: it should be the build URL Bitrise sets in $BITRISE_BUILD_URL.' },
    );
  if (r < 200 || r >= 300)
    throw new L(`The Bitrise API answered HTTP ${r} for ${A.href} (${qo(e)}).`, {
      hint: r === 404 ? 'Check `build_url`: it should be the build URL Bitrise sets in $BITRISE_BUILD_URL.' : void 0,
      exitCode: nA.refused,
    });
  let n;
  try {
    n = JSON.parse(e.text);
  } catch {
    throw new L(`The Bitrise API answered HTTP ${r} with ${qo(e)} that is not JSON.`);
  }
  if (typeof n != 'object' || n === null || typeof n.id_token != 'string' || n.id_token === '')
    throw new L(`The Bitrise API answered HTTP ${r} without an \`id_token\`.`);
  if (!Hr(n.id_token)) throw new L('The Bitrise API answered with an `id_token` that is not a JWT.');
  const o = typeof n.expires_in == 'number' && n.expires_in > 0 ? n.expires_in : void 0;
  return { token: n.id_token, expiresAt: o === void 0 ? void 0 : new Date(t() + o * 1e3) };
}
function Pd(A) {
  const e = Gd(A)?.exp;
  return typeof e == 'number' ? new Date(e * 1e3) : void 0;
}
function Jd(A, e) {
  if (!Hr(e)) throw new V(A, 'does not hold a JWT (three base64url parts separated by dots).');
  return { token: e, expiresAt: Pd(e) };
}
async function _d(A, e, t, r) {
  switch (A.kind) {
    case 'value':
      return (
        r.secrets.add(A.token),
        r.print('Using the identity token from `web_identity_token`.'),
        Jd('web_identity_token', A.token)
      );
    case 'file': {
      let n;
      try {
        n = await (0, Wd.readFile)(A.path, 'utf8');
      } catch (i) {
        const s = i.code;
        throw new V('web_identity_token_file', `cannot be read: ${s === 'ENOENT' ? `no file at ${A.path}` : oe(i)}.`);
      }
      const o = n.trim();
      if ((r.secrets.add(o), o === '')) throw new V('web_identity_token_file', `names an empty file: ${A.path}.`);
      return (r.print(`Using the identity token from ${A.path}.`), Jd('web_identity_token_file', o));
    }
    case 'bitrise': {
      r.secrets.add(A.apiToken);
      const n = await Od({ buildUrl: A.buildUrl, apiToken: A.apiToken, audience: e }, t, r);
      return (
        r.secrets.add(n.token),
        r.done(`Identity token fetched from Bitrise for audience ${e}.`),
        { token: n.token, expiresAt: n.expiresAt ?? Pd(n.token) }
      );
    }
  }
}
function vd(A, e) {
  A.section('Config:');
  for (const { key: t, shown: r } of e) A.print(`- ${t}: ${r}`);
}
function qd(A, e) {
  return {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 8e3,
    attemptTimeoutMs: 3e4,
    deadline: e,
    sleep: A.sleep,
    onRetry: ({ attempt: t, delayMs: r, error: n }) =>
      A.log.warn(`${n.message.replace(/([^.!?])$/, '$1.')} Retrying in ${(r / 1e3).toFixed(1)} s (attempt ${t + 1}).`),
  };
}
function Zd(A, e) {
  return new Vr(e * 1e3, A.now);
}
async function _b(A, e) {
  try {
    const t = await (0, Xd.open)(A, 'w', 384);
    try {
      await t.chmod(384), await t.writeFile(e);
    } finally {
      await t.close();
    }
  } catch (t) {
    throw new L(`Could not write the token to ${A}: ${oe(t)}`, {
      hint: 'Check `token_file`: it must be a path in a writable folder.',
    });
  }
}
async function Kd(A, e) {
  const { log: t } = e,
    r = dE(A);
  (t.verbose = r.verbose), t.secrets.add(r.api.apiToken), vd(t, r.shown), t.section('Getting the identity token');
  const n = Zd(e, r.timeoutSeconds),
    o = await _d(r.api, r.audience, qd(e, n), t),
    i = [{ key: 'BITRISE_IDENTITY_TOKEN', value: o.token, sensitive: !0 }];
  r.tokenFile !== void 0 &&
    (await _b(r.tokenFile, o.token),
    t.print(`Token written to ${r.tokenFile} (mode 0600).`),
    i.push({ key: 'BITRISE_IDENTITY_TOKEN_FILE', value: r.tokenFile, sensitive: !1 })),
    o.expiresAt !== void 0 &&
      i.push({ key: 'BITRISE_IDENTITY_TOKEN_EXPIRES_AT', value: o.expiresAt.toISOString(), sensitive: !1 }),
    await Ql(i, t);
}
cE(Kd);

/// Pickles of torch-like objects written by CPython's own pickler, with fake `torch` classes
/// standing in for the real ones (torch is not installed). This Python module (`faketorch.py`)
/// makes CPython write exactly the opcodes `torch.save` writes (GLOBALs, BINPERSID storage ids,
/// REDUCE):
///
/// ```python
/// # Fake `torch` names so CPython's pickler writes what torch.save writes (no torch needed).
/// import pickle, sys, types, collections
/// def module(name):
///     m = types.ModuleType(name); sys.modules[name] = m; return m
/// torch, utils = module('torch'), module('torch._utils')
/// def name(mod, n):
///     c = type(n, (), {}); c.__module__ = mod.__name__; c.__qualname__ = n; setattr(mod, n, c); return c
/// for n in ['HalfStorage', 'BFloat16Storage', 'FloatStorage', 'DoubleStorage', 'LongStorage', 'IntStorage',
///           'ShortStorage', 'CharStorage', 'ByteStorage', 'BoolStorage', 'UntypedStorage', 'float32', 'Size']:
///     name(torch, n)
/// for n in ['_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter']:
///     name(utils, n)
/// class Storage:
///     def __init__(self, cls, key, numel): self.pid = ('storage', getattr(torch, cls), key, 'cpu', numel)
/// class Tensor:
///     def __init__(self, storage, offset, size, stride, v3=None):
///         self.args = (storage, offset, size, stride, False, collections.OrderedDict()) + ((v3,) if v3 else ())
///     def __reduce__(self):
///         return (utils._rebuild_tensor_v3 if len(self.args) > 6 else utils._rebuild_tensor_v2, self.args)
/// class Parameter:
///     def __init__(self, t): self.t = t
///     def __reduce__(self): return (utils._rebuild_parameter, (self.t, True, collections.OrderedDict()))
/// class Pickler(pickle.Pickler):
///     def persistent_id(self, obj): return obj.pid if isinstance(obj, Storage) else None
/// def dumps(obj):
///     import io; f = io.BytesIO(); Pickler(f, protocol=2).dump(obj); return f.getvalue()
/// ```
enum SyntheticTorch {
    /// A state dict with one tensor per dtype (each a [2, 3] view of a 6-element storage whose
    /// key is the dtype's index), strided views and offsets into FloatStorage `10` of 24
    /// elements, a scalar, an empty tensor, a parameter, and a `_rebuild_tensor_v3` tensor over
    /// UntypedStorage `11` of 16 bytes. `from faketorch import *`, then:
    ///
    /// ```python
    /// kinds = ['Half', 'BFloat16', 'Float', 'Double', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool']
    /// sd = collections.OrderedDict()
    /// for i, k in enumerate(kinds):
    ///     sd[k.lower()] = Tensor(Storage(k + 'Storage', str(i), 6), 0, (2, 3), (3, 1))
    /// f = Storage('FloatStorage', '10', 24)
    /// sd['transposed'] = Tensor(f, 0, (3, 2), (1, 3))          # .t() of a [2,3] view
    /// sd['offset_view'] = Tensor(f, 5, (2, 2, 2), (8, 1, 3))    # offset 5, non-contiguous
    /// sd['scalar'] = Tensor(f, 23, (), ())
    /// sd['empty'] = Tensor(f, 0, (0, 4), (4, 1))
    /// sd['param'] = Parameter(Tensor(f, 0, (4,), (1,)))
    /// sd['untyped'] = Tensor(Storage('UntypedStorage', '11', 16), 1, (3,), (1,), v3=torch.float32)
    /// print(dumps(sd).hex())
    /// ```
    static let stateDictPickle = hexBytes(
            "800263636f6c6c656374696f6e730a4f726465726564446963740a71002952710128580400000068616c66710263746f7263"
            + "682e5f7574696c730a5f72656275696c645f74656e736f725f76320a71032828580700000073746f72616765710463746f72"
            + "63680a48616c6653746f726167650a71055801000000307106580300000063707571074b06747108514b004b024b03867109"
            + "4b034b0186710a8968002952710b74710c52710d580800000062666c6f61743136710e68032828680463746f7263680a4246"
            + "6c6f6174313653746f726167650a710f580100000031711068074b06747111514b006809680a896800295271127471135271"
            + "145805000000666c6f6174711568032828680463746f7263680a466c6f617453746f726167650a7116580100000032711768"
            + "074b06747118514b006809680a8968002952711974711a52711b5806000000646f75626c65711c68032828680463746f7263"
            + "680a446f75626c6553746f726167650a711d580100000033711e68074b0674711f514b006809680a89680029527120747121"
            + "52712258040000006c6f6e67712368032828680463746f7263680a4c6f6e6753746f726167650a7124580100000034712568"
            + "074b06747126514b006809680a896800295271277471285271295803000000696e74712a68032828680463746f7263680a49"
            + "6e7453746f726167650a712b580100000035712c68074b0674712d514b006809680a8968002952712e74712f527130580500"
            + "000073686f7274713168032828680463746f7263680a53686f727453746f726167650a7132580100000036713368074b0674"
            + "7134514b006809680a89680029527135747136527137580400000063686172713868032828680463746f7263680a43686172"
            + "53746f726167650a7139580100000037713a68074b0674713b514b006809680a8968002952713c74713d52713e5804000000"
            + "62797465713f68032828680463746f7263680a4279746553746f726167650a7140580100000038714168074b06747142514b"
            + "006809680a896800295271437471445271455804000000626f6f6c714668032828680463746f7263680a426f6f6c53746f72"
            + "6167650a7147580100000039714868074b06747149514b006809680a8968002952714a74714b52714c580a0000007472616e"
            + "73706f736564714d680328286804681658020000003130714e68074b1874714f514b004b034b028671504b014b0386715189"
            + "680029527152747153527154580b0000006f66667365745f766965777155680328684f514b054b024b024b028771564b084b"
            + "014b038771578968002952715874715952715a58060000007363616c6172715b680328684f514b1729298968002952715c74"
            + "715d52715e5805000000656d707479715f680328684f514b004b004b048671604b044b018671618968002952716274716352"
            + "71645805000000706172616d716563746f7263682e5f7574696c730a5f72656275696c645f706172616d657465720a716668"
            + "0328684f514b004b048571674b018571688968002952716974716a52716b8868002952716c87716d52716e5807000000756e"
            + "7479706564716f63746f7263682e5f7574696c730a5f72656275696c645f74656e736f725f76330a71702828680463746f72"
            + "63680a556e747970656453746f726167650a717158020000003131717268074b10747173514b014b03857174686889680029"
            + "52717563746f7263680a666c6f617433320a7176747177527178752e")

    /// An ultralytics-style checkpoint dict whose `model` is a pickled module tree (`ema` is None):
    /// a root parameter, a buffer, a non-persistent buffer, a `None` parameter and child, and a
    /// parameter shared by two modules. `from faketorch import *`, then:
    ///
    /// ```python
    /// def cls(mod, n):
    ///     parts = mod.split('.')
    ///     for i in range(1, len(parts)): sys.modules.get('.'.join(parts[:i])) or module('.'.join(parts[:i]))
    ///     m = sys.modules.get(mod) or module(mod); return name(m, n)
    /// Net, Lin = cls('ultralytics.nn.tasks', 'DetectionModel'), cls('torch.nn.modules.linear', 'Linear')
    /// OD = collections.OrderedDict
    /// def mod(c, params, buffers, children, nonpersistent=(), **attrs):
    ///     o = c.__new__(c)
    ///     o.__dict__.update(training=False, _parameters=OD(params), _buffers=OD(buffers),
    ///                       _non_persistent_buffers_set=set(nonpersistent), _modules=OD(children), **attrs)
    ///     return o
    /// s = Storage('FloatStorage', '0', 8)
    /// w = Parameter(Tensor(s, 0, (2, 2), (2, 1)))
    /// child = mod(Lin, [('weight', w), ('bias', None)], [], [], eps=0.5)
    /// root = mod(Net, [('scale', Parameter(Tensor(s, 4, (3,), (1,))))],
    ///            [('count', Tensor(Storage('LongStorage', '1', 1), 0, (), ())), ('cache', Tensor(s, 0, (8,), (1,)))],
    ///            [('head', child), ('gone', None), ('tied', mod(Lin, [('weight', w)], [], []))],
    ///            nonpersistent=['cache'], yaml={'nc': 2, 'scale': 'x', 'ratios': (0.5, 1)}, stride=[8.0, 16.0], names=['cat', 'dog'])
    /// print(dumps({'epoch': 3, 'model': root, 'ema': None, 'date': 'today', 'version': '8.0', 'train_args': {'imgsz': 64}}).hex())
    /// ```
    static let modelPickle = hexBytes(
            "80027d710028580500000065706f636871014b0358050000006d6f64656c710263756c7472616c79746963732e6e6e2e7461"
            + "736b730a446574656374696f6e4d6f64656c0a7103298171047d7105285808000000747261696e696e67710689580b000000"
            + "5f706172616d6574657273710763636f6c6c656374696f6e730a4f726465726564446963740a710829527109580500000073"
            + "63616c65710a63746f7263682e5f7574696c730a5f72656275696c645f706172616d657465720a710b63746f7263682e5f75"
            + "74696c730a5f72656275696c645f74656e736f725f76320a710c2828580700000073746f72616765710d63746f7263680a46"
            + "6c6f617453746f726167650a710e580100000030710f580300000063707571104b08747111514b044b038571124b01857113"
            + "89680829527114747115527116886808295271178771185271197358080000005f62756666657273711a68082952711b2858"
            + "05000000636f756e74711c680c2828680d63746f7263680a4c6f6e6753746f726167650a711d580100000031711e68104b01"
            + "74711f514b00292989680829527120747121527122580500000063616368657123680c286811514b004b0885712468138968"
            + "082952712574712652712775581b0000005f6e6f6e5f70657273697374656e745f627566666572735f7365747128635f5f62"
            + "75696c74696e5f5f0a7365740a71295d712a68236185712b52712c58080000005f6d6f64756c6573712d68082952712e2858"
            + "0400000068656164712f63746f7263682e6e6e2e6d6f64756c65732e6c696e6561720a4c696e6561720a7130298171317d71"
            + "322868068968076808295271332858060000007765696768747134680b680c286811514b004b024b028671354b024b018671"
            + "36896808295271377471385271398868082952713a87713b52713c580400000062696173713d4e75681a68082952713e6828"
            + "68295d713f857140527141682d68082952714258030000006570737143473fe000000000000075625804000000676f6e6571"
            + "444e58040000007469656471456830298171467d71472868068968076808295271486834683c73681a680829527149682868"
            + "295d714a85714b52714c682d68082952714d756275580400000079616d6c714e7d714f2858020000006e6371504b02680a58"
            + "010000007871515806000000726174696f737152473fe00000000000004b0186715375580600000073747269646571545d71"
            + "55284740200000000000004740300000000000006558050000006e616d657371565d71572858030000006361747158580300"
            + "0000646f6771596575625803000000656d61715a4e580400000064617465715b5805000000746f646179715c580700000076"
            + "657273696f6e715d5803000000382e30715e580a000000747261696e5f61726773715f7d71605805000000696d67737a7161"
            + "4b4073752e")
}

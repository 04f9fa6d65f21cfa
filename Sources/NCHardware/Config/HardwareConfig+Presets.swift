// Generated from hwconfigs/*.json by Tests/NCHardwareTests/BuiltinPresetTests.swift: do not edit.
// After changing a preset, regenerate with
// NEUROCYCLE_RECORD_PRESETS=1 swift test -c release -Xswiftc -enable-testing --filter BuiltinPresetTests

extension HardwareConfig {
    /// Every preset of `hwconfigs/`, by name (the file name without `.json`), sorted by name:
    /// the files' texts byte for byte, so an installed executable needs no `hwconfigs/`.
    static let builtinPresetTexts: [(name: String, text: String)] = [
        ("default", #"""
{
  "version": 1,
  "name": "default",
  "source": "Generic 45 nm-class spike-driven accelerator: a reference point, not a real chip. Sizes (assumption): 16x16 = 256 cores x 64 Ki neurons = 16.8 M membranes and 256 x 256 KiB = 64 MiB of synaptic memory; SpikeYOLO-s has 81.5 M distinct neurons at 640x640 (84.1 M counting aliases; 20.4 M at 320x320) and 60.9 M folded weights, so its layers cannot all stay resident: they take turns on the cores and reload weights from DRAM. Timing (assumption): 500 MHz, 16 accumulate units, 4-cycle pipeline, 16 neurons fired per cycle, 256-event queues, 2-cycle hops, 64-bit links carrying 64-bit packets (1 flit), 4-packet router buffers, a 256-MAC encoder, DRAM 16 B/cycle (8 GB/s) with 50 cycles (100 ns) latency. Energies from Horowitz, 'Computing's energy problem (and what we can do about it)', ISSCC 2014, 45 nm: accumulate_pj 0.077 = a 24-bit add, interpolated linearly between the 8-bit add (0.03 pJ) and the 32-bit add (0.1 pJ); mac_pj 0.3 = 8-bit multiply (0.2 pJ) + 32-bit add (0.1 pJ); synaptic and membrane memories banked in 32 KB SRAMs at 20 pJ per 64-bit read = 0.3125 pJ/bit, writes assumed to cost the same as reads; spike_pj 10 = one 64-bit packet written into an 8 KB-class SRAM queue (10 pJ per 64 bits); dram_pj_per_bit 20.3125 = 1.3 nJ per 64 bits (the low end of Horowitz's 1.3-2.6 nJ). noc_hop_pj_per_flit 5.2 = link 2.6 pJ (Park, Qazi, Peh, Chandrakasan, DATE 2013: 40.4 fJ/bit/mm low-swing datapath of a 45 nm mesh NoC, times 64 bits times an assumed 1 mm tile pitch) + router buffers and crossbar assumed to cost as much as the link. leakage_mw_per_core 0.5: assumption (about 450 KiB of SRAM per core). pool_compare_pj is omitted, so it equals accumulate_pj (a compare costs about an add). neuron_update_pj 0.231 (assumption): three 24-bit adds at 0.077 pJ per neuron update (leak, integrate, clamp-and-round), beside the membrane's memory traffic; word-access prices 0 (memories priced per bit); leakage_mw_per_kib 0 (leakage per core only); power_gating off. Schedule pipelined, mapping spread with shared kernels, binary spike packets (the paper's unrolling).",
  "chip": {
    "mesh_width": 16,
    "mesh_height": 16,
    "clock_hz": 500000000,
    "schedule": "pipelined",
    "power_gating": false
  },
  "core": {
    "neuron_memory_neurons": 65536,
    "synaptic_memory_bytes": 262144,
    "arithmetic": "fixed",
    "weight_bits": 8,
    "membrane_bits": 24,
    "accumulate_units": 16,
    "event_queue_depth": 256,
    "pipeline_latency_cycles": 4,
    "fire_neurons_per_cycle": 16,
    "synaptic_word_bits": 64,
    "neuron_word_bits": 64
  },
  "noc": {
    "hop_latency_cycles": 2,
    "link_width_bits": 64,
    "packet_bits": 64,
    "router_buffer_packets": 4,
    "spike_packets": "binary",
    "graded_accumulate": "repeat"
  },
  "mapping": {
    "strategy": "spread",
    "weights": "shared-kernel",
    "skip_zero_weights": false
  },
  "encoder": {
    "macs_per_cycle": 256
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 16,
    "latency_cycles": 50
  },
  "energy": {
    "accumulate_pj": 0.077,
    "mac_pj": 0.3,
    "synaptic_read_pj_per_bit": 0.3125,
    "membrane_read_pj_per_bit": 0.3125,
    "membrane_write_pj_per_bit": 0.3125,
    "spike_pj": 10,
    "noc_hop_pj_per_flit": 5.2,
    "dram_pj_per_bit": 20.3125,
    "neuron_update_pj": 0.231,
    "synaptic_read_pj_per_access": 0,
    "membrane_read_pj_per_access": 0,
    "membrane_write_pj_per_access": 0,
    "leakage_mw_per_core": 0.5,
    "leakage_mw_per_kib": 0
  }
}

"""#),
        ("edge-small", #"""
{
  "version": 1,
  "name": "edge-small",
  "source": "A small low-power edge chip; every number is an assumption. 4x4 mesh at 100 MHz; 16 Ki neurons and 64 KiB of synaptic memory per core (256 Ki neurons and 1 MiB in all, so SpikeYOLO only runs streamed, layer by layer through DRAM); int4 weights and int16 membranes; 8 accumulate units, 8 neurons fired per cycle, a 3-cycle pipeline, 128-event queues; 1-cycle hops on 32-bit links carrying 32-bit packets, 2-packet router buffers; a 64-MAC encoder; DRAM 4 B/cycle (400 MB/s) with 20 cycles (200 ns) latency. Energies at 45 nm from Horowitz, ISSCC 2014, as in default.json but with smaller memories: accumulate_pj 0.053 = a 16-bit add interpolated between the 8-bit add (0.03 pJ) and the 32-bit add (0.1 pJ); mac_pj 0.3 = 8-bit multiply (0.2 pJ) + 32-bit add (0.1 pJ); memories banked in 8 KB SRAMs at 10 pJ per 64 bits = 0.15625 pJ/bit for reads and (assumed) writes; spike_pj 5 = a 32-bit packet into an 8 KB-class queue; noc_hop_pj_per_flit 2.6 = half of default.json's 5.2 pJ per 64-bit flit; dram_pj_per_bit 20.3125 = 1.3 nJ per 64 bits; leakage 0.1 mW per core; pool_compare_pj omitted (= accumulate_pj). neuron_update_pj 0.159 (assumption): three 16-bit adds at 0.053 pJ per neuron update (leak, integrate, clamp-and-round). Schedule pipelined, mapping spread with shared kernels, binary spike packets (the paper's unrolling); power_gating off.",
  "chip": {
    "mesh_width": 4,
    "mesh_height": 4,
    "clock_hz": 100000000,
    "schedule": "pipelined",
    "power_gating": false
  },
  "core": {
    "neuron_memory_neurons": 16384,
    "synaptic_memory_bytes": 65536,
    "arithmetic": "fixed",
    "weight_bits": 4,
    "membrane_bits": 16,
    "accumulate_units": 8,
    "event_queue_depth": 128,
    "pipeline_latency_cycles": 3,
    "fire_neurons_per_cycle": 8
  },
  "noc": {
    "hop_latency_cycles": 1,
    "link_width_bits": 32,
    "packet_bits": 32,
    "router_buffer_packets": 2,
    "spike_packets": "binary",
    "graded_accumulate": "repeat"
  },
  "mapping": {
    "strategy": "spread",
    "weights": "shared-kernel"
  },
  "encoder": {
    "macs_per_cycle": 64
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 4,
    "latency_cycles": 20
  },
  "energy": {
    "accumulate_pj": 0.053,
    "mac_pj": 0.3,
    "synaptic_read_pj_per_bit": 0.15625,
    "membrane_read_pj_per_bit": 0.15625,
    "membrane_write_pj_per_bit": 0.15625,
    "spike_pj": 5,
    "noc_hop_pj_per_flit": 2.6,
    "dram_pj_per_bit": 20.3125,
    "leakage_mw_per_core": 0.1,
    "neuron_update_pj": 0.159
  }
}

"""#),
        ("loihi-like", #"""
{
  "version": 1,
  "name": "loihi-like",
  "source": "Intel Loihi (Davies et al., 'Loihi: A Neuromorphic Manycore Processor with On-Chip Learning', IEEE Micro 38(1), 2018). Structure: 128 neuromorphic cores in a mesh (8x16 in Linley Group's Microprocessor Report, 2019; 16 wide x 8 high here), 1,024 neural compartments per core, 128 KiB of synaptic memory per core (16 MB on the chip). Number format: weights of 9 bits (-255..255) and a 24-bit compartment current (23 bits + sign), as nengo-loihi's nengo_loihi/discretize.py models the chip. Energies from Davies et al. 2018, Table 2 (pre-silicon SDF/SPICE simulation at 0.75 V, not silicon measurements): 23.6 pJ per synaptic spike op (a minimum) -> accumulate_pj; it covers the weight read and the membrane update, so synaptic_read, membrane_read and membrane_write per bit are 0 (not counted twice); 1.7 pJ within-tile spike energy -> spike_pj; energy per tile hop 3.0 pJ east-west and 4.0 pJ north-south -> noc_hop_pj_per_flit 3.5 (their mean; one flit per spike). neuron_update_pj 81 = Table 2's active neuron update (every neuron of a convolutional layer receives input each timestep, so the 52 pJ inactive figure does not apply). Not mapped: the 120 pJ synaptic update, which is learning. Timing (Loihi is asynchronous): clock_hz = 1 / 3.5 ns, Table 2's longest time per synaptic spike op, with one accumulate unit, so a core does one synaptic op per cycle; hop_latency_cycles 2 = Table 2's mean tile-hop latency (4.1 ns east-west, 6.5 ns north-south) of 1.5 cycles, rounded up; pipeline_latency_cycles 1 = the 2.1 ns within-tile spike latency; fire_neurons_per_cycle 1 (optimistic: Table 2 gives 8.4 ns, 2.4 cycles, per active neuron update). Assumptions for what Loihi lacks or does not publish: 64-event queues, 4-packet router buffers, 32-bit packets on 32-bit links; an encoder of 64 MACs/cycle at mac_pj 0.3 (8-bit multiply 0.2 pJ + 32-bit add 0.1 pJ, Horowitz, ISSCC 2014; Loihi has no MAC array: it stands for the host); DRAM 8 B/cycle, 100 cycles, 20.3125 pJ/bit (1.3 nJ per 64 bits, Horowitz; Loihi has no DRAM); leakage 0 (Table 2 gives no static power per core); pool_compare_pj 0.03 (a small-integer compare costs about an 8-bit add, Horowitz). Schedule pipelined, mapping spread with shared kernels, binary spike packets (the paper's unrolling); power_gating off.",
  "chip": {
    "mesh_width": 16,
    "mesh_height": 8,
    "clock_hz": 285714286,
    "schedule": "pipelined",
    "power_gating": false
  },
  "core": {
    "neuron_memory_neurons": 1024,
    "synaptic_memory_bytes": 131072,
    "arithmetic": "fixed",
    "weight_bits": 9,
    "membrane_bits": 24,
    "accumulate_units": 1,
    "event_queue_depth": 64,
    "pipeline_latency_cycles": 1,
    "fire_neurons_per_cycle": 1
  },
  "noc": {
    "hop_latency_cycles": 2,
    "link_width_bits": 32,
    "packet_bits": 32,
    "router_buffer_packets": 4,
    "spike_packets": "binary",
    "graded_accumulate": "repeat"
  },
  "mapping": {
    "strategy": "spread",
    "weights": "shared-kernel"
  },
  "encoder": {
    "macs_per_cycle": 64
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 8,
    "latency_cycles": 100
  },
  "energy": {
    "accumulate_pj": 23.6,
    "mac_pj": 0.3,
    "synaptic_read_pj_per_bit": 0,
    "membrane_read_pj_per_bit": 0,
    "membrane_write_pj_per_bit": 0,
    "spike_pj": 1.7,
    "noc_hop_pj_per_flit": 3.5,
    "dram_pj_per_bit": 20.3125,
    "leakage_mw_per_core": 0,
    "pool_compare_pj": 0.03,
    "neuron_update_pj": 81
  }
}

"""#),
        ("loihi", #"""
{
  "version": 1,
  "name": "loihi",
  "source": "Intel Loihi as SANA-FE 2.2.9 models it: sanafe/examples/loihi.yaml of the PyPI wheel sanafe-2.2.9 (sha256 359988170f66470db3f81db8d14c2dfe76d778bdf2e8fc6171f94b20f7fddd69, byte-identical to arch/loihi.yaml of SLAM-Lab/SANA-FE @8951ab0; numbers from Davies et al., IEEE Micro 38(1), 2018, SPICE estimates). Structure: 128 cores (SANA-FE: 8 x 4 tiles of 4 cores; here a 16 x 8 core mesh), max_neurons_supported 1024 per core, 128 KiB synaptic memory per core (Davies et al.). Energies, SANA-FE accounting: accumulate_pj 24.0 = loihi_conv_synapse energy_process_spike per synaptic event (SANA-FE lumps the weight read and the accumulation into it, so memory per bit is 0, as in SANA-FE); neuron_update_pj 72.8 = loihi_lif energy_access_neuron 51.2 + energy_update_neuron 21.6 (SANA-FE charges the access to every neuron every timestep and the update to neurons with input or a non-zero membrane: in a convolution layer that is every neuron, and the engine updates every neuron every timestep); spike_pj 69.3 = loihi_lif energy_spike_out. Network, SANA-FE accounting (noc.count_messages): message_pj 111 = loihi_out energy_message_out, one message per packet and destination core, charged at the sender; tile_hop_x_pj 3.0 = energy_east/west_hop and tile_hop_y_pj 4.2 = energy_north/south_hop, per message and tile crossed on the XY route between tiles of 2 x 2 cores (SANA-FE: 4 cores per tile, 8 x 4 tiles), so noc_hop_pj_per_flit is 0 (the hops are priced per tile, not per core). Soma, SANA-FE accounting (chip.spike_energy fired-neuron): spike_pj per output neuron that fires; the input population's spikes are given (SANA-FE's input units cost nothing). Timing: SANA-FE is event-driven; clock_hz = 1 / 3.1 ns, loihi_conv_synapse latency_process_spike, with one accumulate unit, so a synaptic event takes one cycle; hop_latency_cycles 2 (4.1 ns east-west, 6.5 ns north-south: mean 5.3 ns = 1.7 cycles, rounded up); pipeline_latency_cycles 5 and noc.message_in_cycles 6 = loihi_in latency_message_in 16 ns (5.2 cycles, rounded up: each accepted message occupies its core 6 cycles before its synapses); fire_neurons_per_cycle 1 (optimistic: access + update take 9.7 ns in SANA-FE); router_buffer_packets 16 = noc link_buffer_size; noc.congestion sanafe = the network-congestion estimate of SANA-FE's default detailed timing model (src/schedule.cpp: in-flight messages per router port along a route, their mean receive delay, sender blocking past the route's link buffers); chip.timestep_sync_ns 1400 = latency_sync for 4 tiles (the layers compared span 4 to 8 tiles; SANA-FE's table gives 1.4 us for 4 to 28). SANA-FE-compatible choices: schedule layer-barrier (SANA-FE runs each timestep to completion), mapping fewest-cores with tile_shape planes (SANA-FE fills each core with 1024 neurons in channel-major order; here the fewest whole channels whose planes fill a core, then as many rows as fit), per-tile weights, binary packets, no leakage (loihi.yaml gives no static power), no power gating. Assumptions for what SANA-FE does not model: 64-event queues, 32-bit packets and links, int9 weights and int24 membranes (nengo-loihi's discretize.py), encoder 64 MACs/cycle at mac_pj 0.3 (Horowitz, ISSCC 2014: it stands for the host), DRAM 8 B/cycle, 100 cycles, 20.3125 pJ/bit (Horowitz), pool_compare_pj 0.03.",
  "chip": {
    "mesh_width": 16,
    "mesh_height": 8,
    "clock_hz": 322580645,
    "schedule": "layer-barrier",
    "power_gating": false,
    "spike_energy": "fired-neuron",
    "timestep_sync_ns": 1400
  },
  "core": {
    "neuron_memory_neurons": 1024,
    "synaptic_memory_bytes": 131072,
    "arithmetic": "fixed",
    "weight_bits": 9,
    "membrane_bits": 24,
    "accumulate_units": 1,
    "event_queue_depth": 64,
    "pipeline_latency_cycles": 5,
    "fire_neurons_per_cycle": 1
  },
  "noc": {
    "hop_latency_cycles": 2,
    "link_width_bits": 32,
    "packet_bits": 32,
    "router_buffer_packets": 16,
    "spike_packets": "binary",
    "graded_accumulate": "repeat",
    "count_messages": true,
    "tile_width_cores": 2,
    "tile_height_cores": 2,
    "message_in_cycles": 6,
    "congestion": "sanafe"
  },
  "mapping": {
    "strategy": "fewest-cores",
    "weights": "per-tile",
    "tile_shape": "planes"
  },
  "encoder": {
    "macs_per_cycle": 64
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 8,
    "latency_cycles": 100
  },
  "energy": {
    "accumulate_pj": 24.0,
    "mac_pj": 0.3,
    "synaptic_read_pj_per_bit": 0,
    "membrane_read_pj_per_bit": 0,
    "membrane_write_pj_per_bit": 0,
    "spike_pj": 69.3,
    "noc_hop_pj_per_flit": 0,
    "dram_pj_per_bit": 20.3125,
    "leakage_mw_per_core": 0,
    "pool_compare_pj": 0.03,
    "neuron_update_pj": 72.8,
    "message_pj": 111.0,
    "tile_hop_x_pj": 3.0,
    "tile_hop_y_pj": 4.2
  }
}

"""#),
        ("paper-45nm", #"""
{
  "version": 1,
  "name": "paper-45nm",
  "source": "The SpikeYOLO paper's energy accounting (Luo, Yao, Chou, Xu, Li, 'Integer-Valued Training and Spike-Driven Inference Spiking Neural Network for High-performance and Energy-efficient Object Detection', ECCV 2024, arXiv 2407.20708, and the authors' power_cal.xlsx): E_SNN = 4.6 pJ x MACs of the encoding layer + 0.9 pJ x synaptic operations, and nothing else. accumulate_pj 0.9 = a 32-bit floating-point add, mac_pj 4.6 = a 32-bit floating-point multiply (3.7 pJ) + add (0.9 pJ), both Horowitz, ISSCC 2014, 45 nm; arithmetic fp32 to match. Every other energy (memory reads and writes, spikes, NoC, DRAM, leakage, max-pool compares) is exactly 0 because the paper does not count it. Sizes (assumption; this preset is an accounting model, not a chip): 32x32 = 1024 cores x 128 Ki neurons = 134 M membranes, more than SpikeYOLO-s's 84.1 M at 640x640, and 1024 x 4 MiB = 4 GiB of synaptic memory for its 60.9 M folded FP32 weights (244 MB), with room for wide layers that sit on few cores, so the network can stay resident. Timing as hwconfigs/default.json (assumption: the paper has no timing). neuron_update_pj 0: the paper's accounting prices only accumulates and encoder MACs. Schedule pipelined, mapping spread with shared kernels, binary spike packets (the paper's unrolling); power_gating off.",
  "chip": {
    "mesh_width": 32,
    "mesh_height": 32,
    "clock_hz": 500000000,
    "schedule": "pipelined",
    "power_gating": false
  },
  "core": {
    "neuron_memory_neurons": 131072,
    "synaptic_memory_bytes": 4194304,
    "arithmetic": "fp32",
    "accumulate_units": 16,
    "event_queue_depth": 256,
    "pipeline_latency_cycles": 4,
    "fire_neurons_per_cycle": 16
  },
  "noc": {
    "hop_latency_cycles": 2,
    "link_width_bits": 64,
    "packet_bits": 64,
    "router_buffer_packets": 4,
    "spike_packets": "binary",
    "graded_accumulate": "repeat"
  },
  "mapping": {
    "strategy": "spread",
    "weights": "shared-kernel"
  },
  "encoder": {
    "macs_per_cycle": 256
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 16,
    "latency_cycles": 50
  },
  "energy": {
    "accumulate_pj": 0.9,
    "mac_pj": 4.6,
    "synaptic_read_pj_per_bit": 0,
    "membrane_read_pj_per_bit": 0,
    "membrane_write_pj_per_bit": 0,
    "spike_pj": 0,
    "noc_hop_pj_per_flit": 0,
    "dram_pj_per_bit": 0,
    "leakage_mw_per_core": 0,
    "pool_compare_pj": 0,
    "neuron_update_pj": 0
  }
}

"""#),
        ("speck-like", #"""
{
  "version": 1,
  "name": "speck-like",
  "source": "SynSense Speck / DYNAP-CNN: 9 convolutional cores (a 3x3 mesh here; the chip routes layer to layer), 8-bit weights and 16-bit neuron states (sinabs documentation, docs/speck/overview.md). Per-core memories (sinabs, sinabs/backend/dynapcnn/chips/dynapcnn.py, get_constraints): kernel memory 16, 16, 16, 32, 32, 64, 64, 16, 16 Ki entries and neuron memory 64, 64, 64, 32, 32, 16, 16, 16, 16 Ki entries for cores 0 to 8 (320 Ki neurons and 272 Ki weights in all). The real cores differ; neurocycle models identical cores, so this preset takes cores 3 and 4: 32 Ki neurons and 32 Ki kernel entries (32 KiB at 8 bits), the only core whose values, repeated 9 times, come within 10% of the chip's totals in both memories (288 Ki neurons, 288 Ki weights). The chip also rounds each layer's kernel memory up to powers of two, which neurocycle does not model. leakage_mw_per_core 0.0467 = Speck's 0.42 mW processor resting power (Yao, Richter et al., 'Spike-based dynamic computing with asynchronous sensing-computing neuromorphic chip', Nature Communications 15, 4464, 2024) shared by 9 cores. Assumptions (Speck is asynchronous and SynSense publishes no per-operation energies): a 100 MHz clock, one synaptic operation per core per cycle, 64-event queues, 2-cycle pipeline, one neuron fired per cycle, 1-cycle hops on 32-bit links carrying 32-bit packets, 4-packet buffers; 45 nm energies from Horowitz, ISSCC 2014, as in default.json: accumulate_pj 0.053 = a 16-bit add interpolated between the 8-bit add (0.03 pJ) and the 32-bit add (0.1 pJ), memories in 32 KB SRAMs at 20 pJ per 64 bits = 0.3125 pJ/bit (writes as reads), spike_pj 5 = a 32-bit packet into an 8 KB-class queue, noc_hop_pj_per_flit 2.6 = half of default.json's 5.2 pJ per 64-bit flit; an encoder of 16 MACs/cycle at 0.3 pJ (Speck reads DVS events and has no MAC array) and DRAM at 4 B/cycle, 20 cycles, 20.3125 pJ/bit (Speck has none: it stands for where layers that do not fit are streamed from); pool_compare_pj omitted (= accumulate_pj). neuron_update_pj 0.159 (assumption): three 16-bit adds at 0.053 pJ per neuron update (leak, integrate, clamp-and-round). Schedule pipelined, mapping spread with shared kernels, binary spike packets (the paper's unrolling); power_gating off.",
  "chip": {
    "mesh_width": 3,
    "mesh_height": 3,
    "clock_hz": 100000000,
    "schedule": "pipelined",
    "power_gating": false
  },
  "core": {
    "neuron_memory_neurons": 32768,
    "synaptic_memory_bytes": 32768,
    "arithmetic": "fixed",
    "weight_bits": 8,
    "membrane_bits": 16,
    "accumulate_units": 1,
    "event_queue_depth": 64,
    "pipeline_latency_cycles": 2,
    "fire_neurons_per_cycle": 1
  },
  "noc": {
    "hop_latency_cycles": 1,
    "link_width_bits": 32,
    "packet_bits": 32,
    "router_buffer_packets": 4,
    "spike_packets": "binary",
    "graded_accumulate": "repeat"
  },
  "mapping": {
    "strategy": "spread",
    "weights": "shared-kernel"
  },
  "encoder": {
    "macs_per_cycle": 16
  },
  "dram": {
    "bandwidth_bytes_per_cycle": 4,
    "latency_cycles": 20
  },
  "energy": {
    "accumulate_pj": 0.053,
    "mac_pj": 0.3,
    "synaptic_read_pj_per_bit": 0.3125,
    "membrane_read_pj_per_bit": 0.3125,
    "membrane_write_pj_per_bit": 0.3125,
    "spike_pj": 5,
    "noc_hop_pj_per_flit": 2.6,
    "dram_pj_per_bit": 20.3125,
    "leakage_mw_per_core": 0.0467,
    "neuron_update_pj": 0.159
  }
}

"""#),
    ]
}

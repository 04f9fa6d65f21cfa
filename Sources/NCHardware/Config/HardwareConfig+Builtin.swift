extension HardwareConfig {
    /// The text of `hwconfigs/default.json`, byte for byte (a test compares the two, so edit both
    /// together).
    public static let builtinDefaultJSON = #"""
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
"""#

    /// The chip used when no hardware config is named: `hwconfigs/default.json`, decoded from
    /// `builtinDefaultJSON` so the executable needs no file. (A test checks that the text decodes
    /// and equals the file; `defaults` stands in should it ever not.)
    public static let builtinDefault: HardwareConfig = (try? decode(json: builtinDefaultJSON)) ?? defaults
}

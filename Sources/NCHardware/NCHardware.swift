// The NCHardware target; see Package.swift for what each layer owns.

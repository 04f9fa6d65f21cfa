// The NCEnergy target; see Package.swift for what each layer owns.

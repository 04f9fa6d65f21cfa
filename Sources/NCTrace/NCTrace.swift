// The NCTrace target; see Package.swift for what each layer owns.

/// A NumPy structured array read into columns: one typed column per field, one value per record.
///
/// Records are taken in C order whatever the array's shape (`shape` keeps the original extents);
/// Gen1 label files are one-dimensional.
public struct NpyRecordTable: Sendable, Equatable {
    /// The record layout the file declared.
    public let layout: NpyRecordLayout
    /// The array's shape.
    public let shape: [Int]
    /// Number of records (the product of `shape`).
    public let rowCount: Int
    /// Field name → values, for every field of `layout`.
    public let columns: [String: NpyColumn]

    /// Field names in file order.
    public var fieldNames: [String] { layout.fields.map(\.name) }

    /// The column called `name`, or an error listing the fields there are.
    public func column(_ name: String) throws -> NpyColumn {
        guard let c = columns[name] else {
            throw FormatError.malformed(
                "npy records have no field '\(name)' (fields: \(fieldNames.joined(separator: ", ")))")
        }
        return c
    }
}

/// Reading NumPy `.npy` files whose dtype is structured (a list of named fields), such as the
/// Gen1 label files `[('ts', '<u8'), ('x', '<f4'), …]`. Plain arrays are `Npy`'s business.
public enum NpyRecords {
    /// Reads the structured `.npy` file at `path`. Errors name the file.
    public static func read(path: String) throws -> NpyRecordTable {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try read(bytes: $0) } }
    }

    /// Reads a structured `.npy` image held in memory; the data must hold exactly the records
    /// the header's shape and layout call for.
    public static func read(bytes: UnsafeRawBufferPointer) throws -> NpyRecordTable {
        let header = try NpyHeader.Dict(parsing: bytes)
        let layout: NpyRecordLayout
        switch header.descr {
        case .list(let fields): layout = try NpyRecordLayout.parse(descr: fields)
        case .string(let d):
            throw FormatError.unsupported("npy dtype '\(d)' is not structured; read it as a tensor (Npy)")
        default:
            throw FormatError.malformed("npy header: 'descr' is neither a dtype string nor a list of fields")
        }
        if header.isFortranOrder && header.shape.filter({ $0 > 1 }).count > 1 {
            throw FormatError.unsupported(
                "npy structured array of shape \(NpyHeader.pythonTuple(header.shape)) in Fortran order")
        }
        let rows = try Tensor.elementCount(header.shape)
        let (need, overflow) = rows.multipliedReportingOverflow(by: layout.itemSize)
        let available = bytes.count - header.dataOffset
        let described = "\(rows) records of \(layout.itemSize) bytes"
        guard !overflow, available >= need else {
            throw FormatError.truncated(
                "npy data holds \(available) bytes but \(overflow ? "more records than an Int can count" : "\(described) need \(need)")")
        }
        guard available == need else {
            throw FormatError.malformed("npy file has \(available - need) bytes after the \(need) bytes of \(described)")
        }
        let data = UnsafeRawBufferPointer(rebasing: bytes[header.dataOffset...])
        var columns: [String: NpyColumn] = [:]
        for field in layout.fields {
            columns[field.name] = NpyColumn.decode(field, records: data, count: rows, itemSize: layout.itemSize)
        }
        return NpyRecordTable(layout: layout, shape: header.shape, rowCount: rows, columns: columns)
    }

    /// Reads a structured `.npy` image held in an array.
    public static func read(bytes: [UInt8]) throws -> NpyRecordTable {
        try bytes.withUnsafeBytes { try read(bytes: $0) }
    }
}
